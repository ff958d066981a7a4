import { DataFormatError } from "../errors/data-format-error";

/**
 * Check a header against the expected names, in order; `accept` lets a column also take variants
 * (e.g. AI4I copies that drop the unit suffix). Returns the canonical names.
 */
export function expectHeader(
  file: string,
  line: number,
  actual: readonly string[],
  expected: readonly string[],
  accept?: (expectedName: string, actualName: string) => boolean,
): readonly string[] {
  for (let i = 0; i < expected.length; i++) {
    const want = expected[i]!;
    const got = actual[i];
    if (got === undefined) {
      throw new DataFormatError({
        file,
        line,
        columnNumber: i + 1,
        expected: `header column ${JSON.stringify(want)} (${expected.length} columns)`,
        actual: `the end of the header after ${actual.length} columns`,
        actualIsDescription: true,
      });
    }
    const name = got.trim();
    if (name !== want && !(accept?.(want, name) ?? false)) {
      throw new DataFormatError({ file, line, columnNumber: i + 1, expected: `header column ${JSON.stringify(want)}`, actual: got });
    }
  }
  if (actual.length > expected.length) {
    throw new DataFormatError({
      file,
      line,
      columnNumber: expected.length + 1,
      expected: `the end of the header after ${expected.length} columns (last ${JSON.stringify(expected[expected.length - 1])})`,
      actual: actual[expected.length]!,
    });
  }
  return expected;
}
