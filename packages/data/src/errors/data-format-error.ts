import { basename } from "node:path";

/** Where a value went wrong and what was expected instead. `file` is the path as given. */
export interface DataFormatErrorDetails {
  file: string;
  /** 1-based physical line (the header is line 1). */
  line?: number;
  /** Column name (header name, or the conventional name for headerless files). */
  column?: string;
  /** 1-based column position, given for headerless files where a name alone is ambiguous. */
  columnNumber?: number;
  /** Entry inside an archive (e.g. the `train_images` array of an .npz). */
  entry?: string;
  expected: string;
  actual: string;
  /** `actual` is a description ("30 columns") rather than the offending text; it is then not quoted. */
  actualIsDescription?: boolean;
}

const MAX_SHOWN = 60;

/** Quote offending text for a one-line message, cut short so a huge field cannot flood a terminal. */
export function quoteValue(text: string): string {
  const shown = text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
  return JSON.stringify(shown);
}

function formatMessage(d: DataFormatErrorDetails): string {
  let where = basename(d.file);
  if (d.line !== undefined) where += ` line ${d.line}`;
  if (d.column !== undefined || d.columnNumber !== undefined) {
    const parts: string[] = [];
    if (d.columnNumber !== undefined) parts.push(String(d.columnNumber));
    if (d.column !== undefined) parts.push(JSON.stringify(d.column));
    where += `, column ${parts.join(" ")}`;
  }
  if (d.entry !== undefined) where += `, entry ${JSON.stringify(d.entry)}`;
  const got = d.actualIsDescription ? d.actual : quoteValue(d.actual);
  return `${where}: expected ${d.expected}, got ${got}`;
}

/**
 * A data file does not match its documented format. The message is one line, e.g.
 * `creditcard.csv line 1203, column "V14": expected a number, got "abc"`.
 */
export class DataFormatError extends Error {
  override readonly name = "DataFormatError";
  readonly file: string;
  readonly line: number | undefined;
  readonly column: string | undefined;
  readonly columnNumber: number | undefined;
  readonly entry: string | undefined;
  readonly expected: string;
  readonly actual: string;

  constructor(details: DataFormatErrorDetails, options?: { cause?: unknown }) {
    super(formatMessage(details), options);
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
    this.columnNumber = details.columnNumber;
    this.entry = details.entry;
    this.expected = details.expected;
    this.actual = details.actual;
  }
}
