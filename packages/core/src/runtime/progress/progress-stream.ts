// Progress goes to stderr by default so stdout stays clean for results (JSON, tables). Tests inject a stream.

export interface ProgressStream {
  write(chunk: string): unknown;
  /** When true, one line is redrawn in place; otherwise plain lines are appended (CI, pipes, log files). */
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  stream?: ProgressStream;
  /** Overrides stream.isTTY. */
  tty?: boolean;
  /** Milliseconds clock; tests pass a fake one. */
  now?: () => number;
}

export function resolveStream(options: ProgressOptions): { stream: ProgressStream; tty: boolean; now: () => number } {
  const stream = options.stream ?? process.stderr;
  return { stream, tty: options.tty ?? Boolean(stream.isTTY), now: options.now ?? (() => performance.now()) };
}

/** Replaces the current terminal line with `text` (cut to the terminal width so it never wraps). */
export function redrawLine(stream: ProgressStream, text: string): void {
  const width = stream.columns && stream.columns > 10 ? stream.columns - 1 : 0;
  const line = width > 0 && text.length > width ? `${text.slice(0, width - 1)}…` : text;
  stream.write(`\r\x1b[2K${line}`);
}
