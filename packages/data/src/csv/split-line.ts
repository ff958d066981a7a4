/** A line that cannot be split into fields; `fieldIndex` is 0-based. The reader adds file and line. */
export class LineSyntaxError extends Error {
  constructor(
    readonly fieldIndex: number,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`field ${fieldIndex + 1}: expected ${expected}, got ${actual}`);
  }
}

/**
 * Split one CSV line. Fields may be quoted ("a","b") with "" as an escaped quote; quoted fields
 * spanning several lines are not supported (none of the supported formats uses them).
 */
export function splitCsvLine(line: string, separator: string): string[] {
  // Fast path: most data lines hold no quote at all.
  if (line.indexOf('"') === -1) return line.split(separator);
  const fields: string[] = [];
  let i = 0;
  const n = line.length;
  for (;;) {
    if (line[i] === '"') {
      let value = "";
      let j = i + 1;
      for (;;) {
        const close = line.indexOf('"', j);
        if (close === -1) throw new LineSyntaxError(fields.length, "a closing quote", "end of line");
        value += line.slice(j, close);
        if (line[close + 1] === '"') {
          value += '"';
          j = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      // Spaces after a closing quote are tolerated (some writers pad); anything else is a broken field.
      while (line[i] === " ") i++;
      fields.push(value);
      if (i >= n) return fields;
      if (!line.startsWith(separator, i)) {
        throw new LineSyntaxError(fields.length - 1, "a separator after the closing quote", JSON.stringify(line[i]));
      }
      i += separator.length;
      if (i >= n) {
        fields.push("");
        return fields;
      }
    } else {
      const next = line.indexOf(separator, i);
      if (next === -1) {
        fields.push(line.slice(i));
        return fields;
      }
      fields.push(line.slice(i, next));
      i = next + separator.length;
      if (i >= n) {
        fields.push("");
        return fields;
      }
    }
  }
}

const WHITESPACE_RUN = /[ \t]+/;

/** Split on runs of spaces/tabs, ignoring leading and trailing ones (C-MAPSS lines end in two spaces). */
export function splitWhitespaceLine(line: string): string[] {
  const trimmed = line.trim();
  return trimmed.length === 0 ? [] : trimmed.split(WHITESPACE_RUN);
}
