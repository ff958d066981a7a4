import { open } from "node:fs/promises";
import { DataFormatError } from "../errors/data-format-error";
import { findInvalidUtf8Line } from "./find-invalid-utf8-line";
import { LineSyntaxError, splitCsvLine, splitWhitespaceLine } from "./split-line";

export type Separator = "," | ";" | "\t" | "whitespace";

export interface ReadDelimitedOptions {
  /** "," (default), ";", "\t", or "whitespace" (runs of spaces/tabs, as in C-MAPSS). */
  separator?: Separator;
  /** Bytes read per chunk; the file is never held whole in memory. Default 1 MiB. */
  chunkBytes?: number;
}

/** Called once per non-blank line with its fields and its 1-based line number. Throw to stop. */
export type RecordHandler = (fields: string[], line: number) => void;

export interface ReadDelimitedSummary {
  /** Non-blank lines passed to the handler. */
  records: number;
  /** Physical lines in the file (a final line without a newline counts). */
  lines: number;
  bytes: number;
}

/**
 * Stream a delimited text file line by line: UTF-8 with or without BOM, LF or CRLF, trailing
 * spaces, and a last line with or without newline. Blank lines are skipped but still counted, so
 * line numbers in errors match what an editor shows.
 */
export async function readDelimited(
  file: string,
  options: ReadDelimitedOptions,
  onRecord: RecordHandler,
): Promise<ReadDelimitedSummary> {
  const separator = options.separator ?? ",";
  const split =
    separator === "whitespace" ? splitWhitespaceLine : (line: string) => splitCsvLine(line, separator);
  const chunk = new Uint8Array(options.chunkBytes ?? 1 << 20);
  // fatal: a Latin-1 or binary file fails loudly instead of turning into U+FFFD garbage.
  // ignoreBOM false (the default) strips a leading BOM, as in ai4i2020.csv.
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const handle = await open(file, "r");
  let lineNumber = 0;
  let records = 0;
  let bytes = 0;
  let carry = "";

  const handleLine = (raw: string) => {
    lineNumber++;
    // trimEnd drops the \r of CRLF and trailing spaces at once.
    const line = raw.trimEnd();
    if (line.length === 0) return;
    let fields: string[];
    try {
      fields = split(line);
    } catch (error) {
      if (error instanceof LineSyntaxError) {
        throw new DataFormatError({
          file,
          line: lineNumber,
          columnNumber: error.fieldIndex + 1,
          expected: error.expected,
          actual: error.actual,
          actualIsDescription: true,
        });
      }
      throw error;
    }
    records++;
    onRecord(fields, lineNumber);
  };

  const decode = async (view: Uint8Array, stream: boolean): Promise<string> => {
    try {
      return decoder.decode(view, { stream });
    } catch (error) {
      // The failing chunk spans many lines: rescan to name the exact one.
      const line = (await findInvalidUtf8Line(file)) ?? lineNumber + 1;
      throw new DataFormatError(
        { file, line, expected: "UTF-8 text", actual: "bytes that are not valid UTF-8", actualIsDescription: true },
        { cause: error },
      );
    }
  };

  try {
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      bytes += bytesRead;
      const text = carry + (await decode(chunk.subarray(0, bytesRead), true));
      let start = 0;
      for (;;) {
        const newline = text.indexOf("\n", start);
        if (newline === -1) break;
        handleLine(text.slice(start, newline));
        start = newline + 1;
      }
      carry = text.slice(start);
    }
    carry += await decode(new Uint8Array(0), false);
    if (carry.length > 0) handleLine(carry);
  } finally {
    await handle.close();
  }
  return { records, lines: lineNumber, bytes };
}
