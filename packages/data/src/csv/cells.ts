import { DataFormatError } from "../errors/data-format-error";
import { parseStrictInteger, parseStrictNumber } from "./parse-number";

// Positional arguments rather than a location object: these run once per cell, and the location is
// only needed on failure.

export function cellError(
  file: string,
  line: number,
  column: string,
  expected: string,
  actual: string,
  columnNumber?: number,
): DataFormatError {
  const empty = actual.trim() === "";
  return new DataFormatError({
    file,
    line,
    column,
    columnNumber,
    expected,
    actual: empty ? "an empty value" : actual,
    actualIsDescription: empty,
  });
}

export function numberCell(text: string, file: string, line: number, column: string, columnNumber?: number): number {
  const value = parseStrictNumber(text);
  if (value === undefined) throw cellError(file, line, column, "a number", text, columnNumber);
  return value;
}

/** Largest integer a loader keeps: columns are Int32Array, which would wrap anything larger silently. */
export const MAX_INTEGER_CELL = 2_147_483_647;

export function integerCell(
  text: string,
  file: string,
  line: number,
  column: string,
  options: { min?: number; columnNumber?: number } = {},
): number {
  const value = parseStrictInteger(text);
  const min = options.min;
  const tooLarge = value !== undefined && Math.abs(value) > MAX_INTEGER_CELL;
  if (value === undefined || (min !== undefined && value < min) || tooLarge) {
    const range = tooLarge ? ` no larger than ${MAX_INTEGER_CELL}` : "";
    const expected = (min === undefined ? "an integer" : min === 0 ? "a non-negative integer" : `an integer >= ${min}`) + range;
    throw cellError(file, line, column, expected, text, options.columnNumber);
  }
  return value;
}

/** A 0/1 flag, also written "0.0"/"1.0" or quoted by some exporters. */
export function flagCell(text: string, file: string, line: number, column: string, columnNumber?: number): 0 | 1 {
  const value = parseStrictNumber(text);
  if (value === 0) return 0;
  if (value === 1) return 1;
  throw cellError(file, line, column, "0 or 1", text, columnNumber);
}
