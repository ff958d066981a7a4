import { DataFormatError } from "../errors/data-format-error";

/** A table with a header but no data is a truncated file, not an empty dataset. */
export function requireRows(file: string, rows: number, lines: number): void {
  if (rows === 0) {
    throw new DataFormatError({ file, line: lines + 1, expected: "data rows", actual: "the end of the file", actualIsDescription: true });
  }
}
