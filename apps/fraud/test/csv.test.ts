import { describe, expect, it } from "@jest/globals";
import { parseTransactionsCsv } from "../src/scoring/csv";
import { INPUT_FIELDS } from "../src/pipeline/columns";

const header = INPUT_FIELDS.map((f) => `"${f}"`).join(",");
const row = (values: Partial<Record<string, string>> = {}) => INPUT_FIELDS.map((f) => values[f] ?? (f === "Amount" ? "12.5" : f === "Time" ? "406" : "0.1")).join(",");

describe("CSV upload parsing", () => {
  it("reads the creditcard.csv schema with a quoted header and an optional quoted Class", () => {
    const text = `${header},"Class"\n${row()},"1"\n${row({ V3: "-2.5e0" })},"0"\n`;
    const { inputs, errors } = parseTransactionsCsv(text);
    expect(errors).toEqual([]);
    expect(inputs).toHaveLength(2);
    expect(inputs[0]!.knownClass).toBe(1);
    expect(inputs[1]!.transaction.V3).toBe(-2.5);
  });

  it("names every bad row and column, and accepts nothing from a bad file", () => {
    const text = [header, row(), row({ V4: "NaN" }), row({ Amount: "-3" }), row({ V7: "abc" }), `${row()},1`, row({ V9: "" })].join("\r\n");
    const { inputs, errors } = parseTransactionsCsv(text);
    expect(errors).toEqual([
      { row: 2, field: "V4", message: 'must be a finite number, got "NaN"' },
      { row: 3, field: "Amount", message: expect.stringMatching(/out of range/) },
      { row: 4, field: "V7", message: 'expected a number, got "abc"' },
      { row: 5, message: "has 31 cells; the header has 30 columns" },
      { row: 6, field: "V9", message: "expected a number, got an empty cell" },
    ]);
    expect(inputs).toHaveLength(1); // the caller rejects the file because errors is not empty
  });

  it("checks the header: unknown, missing and repeated columns", () => {
    const bad = parseTransactionsCsv(`${header.replace('"V5"', '"V55"')},"Time"\n${row()},1\n`);
    expect(bad.errors.map((e) => e.message)).toEqual(['unknown column "V55"; expected Time, V1..V28, Amount (optional: Class, reference)', 'missing column "V5"', 'column "Time" appears more than once']);
    expect(parseTransactionsCsv("").errors[0]!.message).toMatch(/empty/);
    expect(parseTransactionsCsv(`${header}\n`).errors[0]!.message).toMatch(/no rows/);
  });
});
