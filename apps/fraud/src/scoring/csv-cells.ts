// The two CSV primitives the upload parser needs, kept free of file-system code so they bundle into the web
// server (@verticals/data's readers work on files; these work on text already in memory).

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A finite decimal number (surrounding spaces allowed), else undefined: no "", "0x1f", "NaN", "Infinity", "1e999". */
export function parseDecimal(text: string): number | undefined {
  const t = text.trim();
  if (!DECIMAL.test(t)) return undefined;
  const value = Number(t);
  return Number.isFinite(value) ? value : undefined;
}

/** Splits one line on commas; fields may be quoted ("a","b") with "" as an escaped quote. */
export function splitCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(",");
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = "";
      let j = i + 1;
      for (;;) {
        const close = line.indexOf('"', j);
        if (close === -1) throw new Error(`field ${fields.length + 1}: a quote is never closed`);
        value += line.slice(j, close);
        if (line[close + 1] === '"') {
          value += '"';
          j = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      fields.push(value);
      if (i >= line.length) return fields;
      if (line[i] !== ",") throw new Error(`field ${fields.length}: expected a comma after the closing quote, got ${JSON.stringify(line[i])}`);
      i++;
    } else {
      const next = line.indexOf(",", i);
      if (next === -1) {
        fields.push(line.slice(i));
        return fields;
      }
      fields.push(line.slice(i, next));
      i = next + 1;
    }
    if (i >= line.length) {
      fields.push("");
      return fields;
    }
  }
}
