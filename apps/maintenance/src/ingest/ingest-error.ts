// A rejected ingest: an HTTP status (always 4xx: bad input is never a server error) and a message naming the
// row and column at fault, so the sender can fix the file.
export interface IngestProblem {
  /** 1-based data row (CSV: not counting a header line) or readings[] index + 1 (JSON). */
  row?: number;
  /** 1-based line of the uploaded text (CSV only). */
  line?: number;
  /** Column or field name, e.g. "sensor_4" or "readings[2].cycle". */
  column?: string;
}

export class IngestError extends Error {
  override name = "IngestError";
  constructor(
    readonly status: 400 | 404 | 409 | 413 | 415 | 422,
    message: string,
    readonly problem: IngestProblem = {},
  ) {
    super(message);
  }

  toJSON() {
    return { error: this.message, ...this.problem };
  }
}
