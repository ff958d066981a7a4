import { describe, expect, it } from "@jest/globals";
import { DataFormatError, flagCell, integerCell, numberCell, parseStrictInteger, parseStrictNumber } from "../src/index";

describe("parseStrictNumber", () => {
  it.each([
    ["0", 0],
    ["-1.3598071336738", -1.3598071336738],
    ["69808.0", 69808],
    ["+2.5", 2.5],
    [".5", 0.5],
    ["5.", 5],
    ["1e-3", 0.001],
    ["-7.2E+05", -720000],
    [" 42 ", 42],
    ["518.67\r", 518.67],
  ])("accepts %j", (text, value) => {
    expect(parseStrictNumber(text)).toBe(value);
  });

  it.each(["", " ", "NaN", "nan", "inf", "-Infinity", "Infinity", "1.2x", "x1", "0x1f", "0b101", "1e", "1e999", "1,5", "1 2", "--1", ".", "e5", "1_000"])(
    "rejects %j",
    (text) => {
      expect(parseStrictNumber(text)).toBeUndefined();
    },
  );
});

describe("parseStrictInteger", () => {
  it("accepts integers, including pandas-style 3.0, and rejects fractions", () => {
    expect(parseStrictInteger("3")).toBe(3);
    expect(parseStrictInteger("3.0")).toBe(3);
    expect(parseStrictInteger("-12")).toBe(-12);
    expect(parseStrictInteger("3.5")).toBeUndefined();
    expect(parseStrictInteger("1e20")).toBeUndefined(); // beyond the safe-integer range
    expect(parseStrictInteger("")).toBeUndefined();
  });
});

describe("cell parsers", () => {
  it("throw a one-line DataFormatError naming file, line and column", () => {
    expect(() => numberCell("abc", "/x/creditcard.csv", 1203, "V14")).toThrow(
      new DataFormatError({ file: "/x/creditcard.csv", line: 1203, column: "V14", expected: "a number", actual: "abc" }),
    );
    expect(() => numberCell("abc", "/x/creditcard.csv", 1203, "V14")).toThrow(
      'creditcard.csv line 1203, column "V14": expected a number, got "abc"',
    );
    expect(() => numberCell("", "d.txt", 4, "sensor_2", 7)).toThrow('d.txt line 4, column 7 "sensor_2": expected a number, got an empty value');
    expect(() => integerCell("-1", "s.csv", 2, "d_5", { min: 0 })).toThrow('s.csv line 2, column "d_5": expected a non-negative integer, got "-1"');
    expect(() => flagCell("2", "c.csv", 9, "Class")).toThrow('c.csv line 9, column "Class": expected 0 or 1, got "2"');
  });

  it("accept flags written as 0/1, 0.0/1.0", () => {
    expect(flagCell("1", "f", 1, "c")).toBe(1);
    expect(flagCell("0.0", "f", 1, "c")).toBe(0);
  });

  it("cut very long offending values short", () => {
    const long = "9".repeat(500) + "x";
    const error = (() => {
      try {
        numberCell(long, "f.csv", 2, "a");
      } catch (e) {
        return e as Error;
      }
      return new Error("no throw");
    })();
    expect(error.message.length).toBeLessThan(140);
    expect(error.message).toContain("…");
  });
});
