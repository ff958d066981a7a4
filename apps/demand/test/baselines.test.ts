import { describe, expect, it } from "@jest/globals";
import { fitBaselines } from "../src/pipeline/baselines";
import { intermittentForecast } from "../src/pipeline/baselines/croston-tsb";
import { ets } from "../src/pipeline/baselines/ets";
import { seasonalNaive } from "../src/pipeline/baselines/seasonal-naive";
import { Q10, Q50, Q90 } from "../src/pipeline/distributions";
import { poissonSeries } from "./support/fixtures";

describe("statistical baselines", () => {
  it("seasonal naive repeats the last observed week", () => {
    const y = Array.from({ length: 35 }, (_, t) => (t % 7) + (t >= 28 ? 10 : 0));
    const f = seasonalNaive([y], 35, 14).series[0]!;
    expect(Array.from(f.mean)).toEqual([10, 11, 12, 13, 14, 15, 16, 10, 11, 12, 13, 14, 15, 16]);
    expect(f.quantiles[Q50]![3]).toBe(13);
    // The band widens with the weeks ahead.
    expect(f.quantiles[Q90]![8]! - f.quantiles[Q10]![8]!).toBeGreaterThan(f.quantiles[Q90]![1]! - f.quantiles[Q10]![1]!);
  });

  it("ETS follows a weekly pattern (A,N,A) and a flat level (A,N,N)", () => {
    const weekly = poissonSeries(364, (t) => (t % 7 >= 5 ? 20 : 8), 3);
    const flat = poissonSeries(364, () => 5, 4);
    const result = ets([weekly, flat], 364, 14);
    expect(result.models).toEqual(["ANA", "ANN"]);
    const w = result.series[0]!.mean;
    // 364 days start on a Saturday-equivalent index 0: days 364+5, 364+6 are the busy ones.
    expect(w[5]!).toBeGreaterThan(w[1]! + 6);
    expect(result.series[1]!.mean[0]).toBeGreaterThan(3.5);
    expect(result.series[1]!.mean[0]).toBeLessThan(6.5);
  });

  it("Croston, SBA and TSB give the rate of an intermittent series, SBA below Croston", () => {
    // A sale of 4 units every 4th day: 1 unit per day on average.
    const y = Array.from({ length: 400 }, (_, t) => (t % 4 === 0 ? 4 : 0));
    const croston = intermittentForecast([y], 400, "croston", 7).series[0]!;
    const sba = intermittentForecast([y], 400, "sba", 7).series[0]!;
    const tsb = intermittentForecast([y], 400, "tsb", 7).series[0]!;
    expect(croston.mean[0]).toBeCloseTo(1, 1);
    expect(sba.mean[0]!).toBeLessThan(croston.mean[0]!);
    expect(tsb.mean[0]).toBeCloseTo(1, 0);
    expect(new Set(croston.mean).size).toBe(1);
  });

  it("TSB fades out an item that stopped selling; Croston does not", () => {
    const y = Array.from({ length: 400 }, (_, t) => (t < 300 && t % 3 === 0 ? 3 : 0));
    const croston = intermittentForecast([y], 400, "croston", 1).series[0]!.mean[0]!;
    const tsb = intermittentForecast([y], 400, "tsb", 1).series[0]!.mean[0]!;
    expect(tsb).toBeLessThan(croston / 3);
  });

  it("fits every baseline on the same history and picks TSB for intermittent classes", () => {
    const smooth = poissonSeries(120, () => 6, 5);
    const sparse = Array.from({ length: 120 }, (_, t) => (t % 5 === 0 ? 2 : 0));
    const sets = fitBaselines([smooth, sparse], 120, 28, ["smooth", "intermittent"]);
    expect(Object.keys(sets).sort()).toEqual(["croston", "ets", "ets_tsb_by_class", "sba", "seasonal_naive", "tsb"]);
    expect(sets.ets_tsb_by_class.series[0]).toBe(sets.ets.series[0]);
    expect(sets.ets_tsb_by_class.series[1]).toBe(sets.tsb.series[1]);
    for (const set of Object.values(sets)) {
      expect(set.origin).toBe(120);
      for (const f of set.series) for (const q of f.quantiles) for (const v of q) expect(v).toBeGreaterThanOrEqual(0);
    }
  });
});
