import { describe, expect, it } from "@jest/globals";
import { buildFeatures, FEATURE_COUNT, FEATURE_INDEX, featureContext, forecastRows } from "../src/pipeline/features";
import { makeData, makeSeries, poissonSeries } from "./support/fixtures";

const series = [makeSeries("FOODS_1_001", "CA_1"), makeSeries("FOODS_1_001", "TX_1")];
const days = 500;

function data(sales: number[][], prices?: number[][]) {
  return makeData(series, sales, { calendarDays: days + 28, ...(prices ? { prices } : {}) });
}

describe("features", () => {
  const base = [poissonSeries(days, (t) => 3 + (t % 7), 1), poissonSeries(days, () => 1, 2)];

  it("never read sales on or after the forecast origin (no leakage)", () => {
    const origin = 450;
    const changed = base.map((y) => y.map((v, t) => (t >= origin ? v + 100 : v)));
    const rows = forecastRows(2, origin, 28);
    const a = buildFeatures(featureContext(data(base)), rows);
    const b = buildFeatures(featureContext(data(changed)), rows);
    expect(Array.from(b.x)).toEqual(Array.from(a.x));
    expect(Array.from(b.scale)).toEqual(Array.from(a.scale));
  });

  it("describe the target day (weekday, days ahead) and ignore shelf prices, which enter only through the elasticities", () => {
    const prices = series.map(() => Array.from({ length: days + 28 }, (_, t) => (t >= 460 ? 2 : 2.5)));
    const m = buildFeatures(featureContext(data(base, prices)), forecastRows(2, 450, 28));
    const flat = buildFeatures(featureContext(data(base)), forecastRows(2, 450, 28));
    const row = (h: number) => m.x.subarray((h - 1) * FEATURE_COUNT, h * FEATURE_COUNT);
    expect(row(1)[FEATURE_INDEX.h]).toBe(1);
    expect(row(28)[FEATURE_INDEX.h]).toBe(28);
    // Day 450 is 450 days after Saturday 2011-01-29: (5 + 450) % 7 = 0 -> Monday.
    expect(row(1)[FEATURE_INDEX.dow]).toBe(0);
    expect(Array.from(m.x)).toEqual(Array.from(flat.x));
  });

  it("count the recent days the item was off the shelf", () => {
    const prices = series.map((_, i) => Array.from({ length: days + 28 }, (_, t) => (i === 0 && t >= 440 && t < 450 ? Number.NaN : 2.5)));
    const m = buildFeatures(featureContext(data(base, prices)), [{ series: 0, origin: 450, h: 1 }, { series: 1, origin: 450, h: 1 }]);
    expect(m.x[FEATURE_INDEX.unlisted_days_28]).toBe(10);
    expect(m.x[FEATURE_COUNT + FEATURE_INDEX.unlisted_days_28]).toBe(0);
  });

  it("scale sales features by the series' level so slow and fast sellers look alike", () => {
    const fast = base[0]!.map((v) => v * 10);
    const m = buildFeatures(featureContext(data([base[0]!, fast])), [{ series: 0, origin: 450, h: 3 }, { series: 1, origin: 450, h: 3 }]);
    const m28 = FEATURE_INDEX.m28;
    expect(m.scale[1]! / m.scale[0]!).toBeGreaterThan(9);
    expect(m.x[FEATURE_COUNT + m28]).toBeCloseTo(m.x[m28]!, 1);
  });

  it("marks days without a listed price as not on sale (forecast 0)", () => {
    const prices = series.map((_, i) => Array.from({ length: days + 28 }, (_, t) => (i === 1 && t >= 455 ? Number.NaN : 2.5)));
    const m = buildFeatures(featureContext(data(base, prices)), forecastRows(2, 450, 10));
    expect(Array.from(m.listed.subarray(0, 10))).toEqual(new Array(10).fill(1));
    expect(Array.from(m.listed.subarray(10, 20))).toEqual([1, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
  });

  it("refuses origins outside the history and targets past the calendar", () => {
    const ctx = featureContext(data(base));
    expect(() => buildFeatures(ctx, [{ series: 0, origin: 501, h: 1 }])).toThrow(/origin 501/);
    expect(() => buildFeatures(ctx, [{ series: 0, origin: 500, h: 29 }])).toThrow(/past the calendar/);
  });
});
