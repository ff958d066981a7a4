import { describe, expect, it } from "@jest/globals";
import {
  MISSING,
  formatCompact,
  formatDate,
  formatDateShort,
  formatDuration,
  formatInteger,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPercentPoints,
  formatValue,
  toFormatter,
} from "../src/format";

describe("formatNumber", () => {
  it("picks digits by magnitude and groups thousands", () => {
    expect(formatNumber(284807)).toBe("284,807");
    expect(formatNumber(123.456)).toBe("123.5");
    expect(formatNumber(3.14159)).toBe("3.14");
    expect(formatNumber(0.012345)).toBe("0.012");
  });
  it("honours fixed digits and signs", () => {
    expect(formatNumber(0.5, { digits: 2 })).toBe("0.50");
    expect(formatNumber(0.165, { digits: 3, signed: true })).toBe("+0.165");
    expect(formatNumber(-1.25, { digits: 1, signed: true })).toBe("-1.3");
  });
  it("never prints NaN or Infinity", () => {
    expect(formatNumber(Number.NaN)).toBe(MISSING);
    expect(formatNumber(Infinity)).toBe(MISSING);
    expect(formatNumber(null)).toBe(MISSING);
    expect(formatNumber(undefined)).toBe(MISSING);
  });
});

describe("formatInteger", () => {
  it("rounds and groups", () => {
    expect(formatInteger(284807.4)).toBe("284,807");
    expect(formatInteger(12, { signed: true })).toBe("+12");
    expect(formatInteger(Number.NaN)).toBe(MISSING);
  });
});

describe("percentages", () => {
  it("formats fractions", () => {
    expect(formatPercent(0.1234)).toBe("12.3%");
    expect(formatPercent(1)).toBe("100.0%");
    expect(formatPercent(0.0017, { digits: 2 })).toBe("0.17%");
    expect(formatPercent(0.05, { signed: true })).toBe("+5.0%");
  });
  it("drops the sign of values that round to zero", () => {
    expect(formatPercent(-0.00001)).toBe("0.0%");
    expect(formatPercentPoints(-0.00001)).toBe("0.0 pp");
  });
  it("formats percentage points signed by default", () => {
    expect(formatPercentPoints(0.023)).toBe("+2.3 pp");
    expect(formatPercentPoints(-0.1)).toBe("-10.0 pp");
    expect(formatPercentPoints(Number.NaN)).toBe(MISSING);
  });
});

describe("formatMoney", () => {
  it("shows cents below a thousand and whole units above", () => {
    expect(formatMoney(87.7)).toBe("$87.70");
    expect(formatMoney(1456.4)).toBe("$1,456");
    expect(formatMoney(-20.5)).toBe("-$20.50");
  });
  it("goes compact from a million and supports other currencies", () => {
    expect(formatMoney(3_400_000)).toBe("$3.4M");
    expect(formatMoney(12.5, { currency: "EUR" })).toBe("€12.50");
  });
});

describe("formatCompact", () => {
  it("abbreviates", () => {
    expect(formatCompact(950)).toBe("950");
    expect(formatCompact(284807)).toBe("284.8k");
    expect(formatCompact(3_400_000)).toBe("3.4M");
    expect(formatCompact(2_000_000_000)).toBe("2B");
    expect(formatCompact(-12_500)).toBe("-12.5k");
    expect(formatCompact(1.25)).toBe("1.3");
  });
  it("carries rounding into the next unit", () => {
    expect(formatCompact(999_960)).toBe("1M");
    expect(formatCompact(999.96)).toBe("1k");
  });
});

describe("formatDuration", () => {
  it("covers milliseconds to days", () => {
    expect(formatDuration(0.25)).toBe("0.25 ms");
    expect(formatDuration(850)).toBe("850 ms");
    expect(formatDuration(1234)).toBe("1.23 s");
    expect(formatDuration(12_400)).toBe("12.4 s");
    expect(formatDuration(185_000)).toBe("3 min 05 s");
    expect(formatDuration(8_040_000)).toBe("2 h 14 min");
    expect(formatDuration(3 * 86_400_000 + 4 * 3_600_000)).toBe("3 d 4 h");
    expect(formatDuration(Number.NaN)).toBe(MISSING);
  });
});

describe("dates", () => {
  it("reads UTC so server and browser agree", () => {
    expect(formatDate("2016-03-14")).toBe("14 Mar 2016");
    expect(formatDate(Date.UTC(2020, 11, 31, 23, 59))).toBe("31 Dec 2020");
    expect(formatDateShort("2016-03-14")).toBe("14 Mar");
    expect(formatDate("not a date")).toBe(MISSING);
  });
});

describe("formatValue and toFormatter", () => {
  it("resolves specs, units and functions", () => {
    expect(formatValue(0.5, "percent")).toBe("50.0%");
    expect(formatValue(1234.5, { kind: "integer" })).toBe("1,235");
    expect(formatValue(0.91234, { kind: "number", digits: 3 })).toBe("0.912");
    expect(formatValue(400_000, { kind: "compact", unit: "rows/s" })).toBe("400k rows/s");
    expect(formatValue(Number.NaN, { kind: "number", unit: "ms" })).toBe(MISSING);
    expect(formatValue(2, (v) => `${v}x`)).toBe("2x");
    expect(toFormatter("money")(12)).toBe("$12.00");
  });
  it("passes strings through, except ISO dates asked to be dates", () => {
    expect(formatValue("open", "number")).toBe("open");
    expect(formatValue("2016-01-04", "dateShort")).toBe("4 Jan");
  });
});
