import { DataFormatError } from "../errors/data-format-error";
import { readDelimited, type ReadDelimitedSummary, type Separator } from "./read-delimited";

export interface ReadTableOptions {
  separator?: Separator;
  chunkBytes?: number;
  /**
   * For files with a header: checks the first non-blank line (throwing a DataFormatError) and returns
   * the column names every row must match in count.
   */
  header?: (fields: string[], line: number) => readonly string[];
  /** For headerless files: the conventional column names; their count is the expected width. */
  columns?: readonly string[];
}

/** Called per data row with exactly `columns.length` fields. */
export type RowHandler = (fields: string[], line: number) => void;

export interface ReadTableSummary extends ReadDelimitedSummary {
  columns: readonly string[];
  rows: number;
}

/**
 * Read a rectangular table: every row must have the header's width. A single empty field after a
 * trailing separator ("a,b,") is dropped, since some exporters end each line with a separator.
 */
export async function readTable(file: string, options: ReadTableOptions, onRow: RowHandler): Promise<ReadTableSummary> {
  if (!options.header === !options.columns) throw new Error("readTable: give exactly one of `header` or `columns`");
  let columns: readonly string[] | undefined = options.columns;
  let rows = 0;
  const summary = await readDelimited(file, options, (fields, line) => {
    if (columns === undefined) {
      if (fields.length > 1 && fields[fields.length - 1] === "") fields.pop();
      columns = options.header!(fields, line);
      return;
    }
    const width = columns.length;
    if (fields.length === width + 1 && fields[width] === "") fields.pop();
    if (fields.length !== width) throw widthError(file, line, columns, fields.length);
    rows++;
    onRow(fields, line);
  });
  if (columns === undefined) {
    throw new DataFormatError({ file, line: 1, expected: "a header line", actual: "an empty file", actualIsDescription: true });
  }
  return { ...summary, columns, rows };
}

function widthError(file: string, line: number, columns: readonly string[], got: number): DataFormatError {
  const width = columns.length;
  if (got < width) {
    return new DataFormatError({
      file,
      line,
      column: columns[got],
      columnNumber: got + 1,
      expected: `a value (rows have ${width} columns)`,
      actual: `the end of the row after ${got} column${got === 1 ? "" : "s"}`,
      actualIsDescription: true,
    });
  }
  return new DataFormatError({
    file,
    line,
    columnNumber: width + 1,
    expected: `the end of the row after ${width} columns`,
    actual: `${got} columns`,
    actualIsDescription: true,
  });
}
