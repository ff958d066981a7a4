import { writeFileAtomicWith } from "../io/write-file-atomic";

export type CellValue = string | number;

export interface WriteDelimitedOptions {
  header?: readonly string[];
  rows: Iterable<readonly CellValue[]> | AsyncIterable<readonly CellValue[]>;
  /** "," (default), ";", "\t" or " " (space-separated, as C-MAPSS). */
  separator?: "," | ";" | "\t" | " ";
  /** Quote every header cell, as the ULB creditcard.csv does. Default false. */
  quoteHeader?: boolean;
  /** Text appended to each line before the newline (C-MAPSS lines end with two spaces). */
  lineSuffix?: string;
  /** Numbers are written with String() (shortest round-trip form) unless this is given. */
  formatNumber?: (value: number, columnIndex: number) => string;
}

const FLUSH_CHARS = 1 << 20;

function quoteIfNeeded(text: string, separator: string): string {
  const needs =
    text.includes(separator) || text.includes('"') || text.includes("\n") || text.includes("\r") || text !== text.trim();
  return needs ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Write a delimited text file (LF line endings, UTF-8, no BOM) atomically. Rows are streamed to
 * disk in ~1 MB batches, so generators can write large files without building them in memory.
 */
export async function writeDelimited(target: string, options: WriteDelimitedOptions): Promise<{ rows: number }> {
  const separator = options.separator ?? ",";
  const suffix = options.lineSuffix ?? "";
  let rows = 0;
  await writeFileAtomicWith(target, async (handle) => {
    let buffer = "";
    if (options.header) {
      const cells = options.header.map((h) =>
        options.quoteHeader ? `"${h.replaceAll('"', '""')}"` : quoteIfNeeded(h, separator),
      );
      buffer += cells.join(separator) + suffix + "\n";
    }
    for await (const row of options.rows) {
      let line = "";
      for (let c = 0; c < row.length; c++) {
        const value = row[c]!;
        if (c > 0) line += separator;
        if (typeof value === "number") {
          if (!Number.isFinite(value)) throw new Error(`writeDelimited: row ${rows + 1}, column ${c + 1} is ${value}`);
          line += options.formatNumber ? options.formatNumber(value, c) : String(value);
        } else {
          line += quoteIfNeeded(value, separator);
        }
      }
      buffer += line + suffix + "\n";
      rows++;
      if (buffer.length >= FLUSH_CHARS) {
        await handle.write(buffer);
        buffer = "";
      }
    }
    if (buffer.length > 0) await handle.write(buffer);
  });
  return { rows };
}
