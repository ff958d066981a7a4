import { describe, expect, it } from "@jest/globals";
import { salesWeights, scoreForecast, seriesScores } from "../src/pipeline/accuracy";
import { QUANTILE_LEVELS } from "../src/pipeline/distributions";
import type { ForecastSet } from "../src/pipeline/forecast-set";

const { sqrt } = Math;

/** A forecast set with a flat mean and flat quantiles per series. */
function flat(origin: number, horizon: number, means: number[], bands: [number, number, number, number, number][]): ForecastSet {
  return {
    name: "test",
    origin,
    horizon,
    series: means.map((m, i) => ({
      mean: new Float64Array(horizon).fill(m),
      quantiles: QUANTILE_LEVELS.map((_, k) => new Float64Array(horizon).fill(bands[i]![k]!)),
    })),
  };
}

describe("M5 accuracy: RMSSE weighted by recent unit sales", () => {
  // Two series, history of 30 days then a horizon of 2 days.
  const a = [...Array.from({ length: 30 }, (_, t) => (t % 2 === 0 ? 2 : 0)), 1, 3];
  const b = [...Array.from({ length: 30 }, () => 0).map((_, t) => (t < 29 ? (t % 3 === 0 ? 6 : 3) : 3)), 4, 4];

  it("weights each series by its units in the 28 days before the horizon", () => {
    const w = salesWeights([a, b], 30);
    // a: days 2..29 hold 14 even days (t = 2, 4, ..., 28) of 2 units.
    expect(w[0]).toBe(28);
    let expected = 0;
    for (let t = 2; t < 30; t++) expected += b[t]!;
    expect(w[1]).toBe(expected);
  });

  it("computes RMSSE per series from its own naive scale, and the weighted mean with those weights", () => {
    const forecast = flat(30, 2, [2, 4], [[0, 0, 2, 4, 5], [2, 3, 4, 5, 6]]);
    const scores = seriesScores([a, b], forecast);
    // a: one-step differences from the first non-zero (t = 0) are all ±2 -> scale 4; errors (1, -1) -> MSE 1.
    expect(scores.rmsse[0]).toBeCloseTo(sqrt(1 / 4), 12);
    // b: perfect forecast.
    expect(scores.rmsse[1]).toBe(0);
    const report = scoreForecast([a, b], forecast);
    const wa = scores.weights[0]!;
    const wb = scores.weights[1]!;
    expect(report.weighted_rmsse).toBeCloseTo((wa * 0.5 + wb * 0) / (wa + wb), 12);
    expect(report.mean_rmsse).toBeCloseTo(0.25, 12);
  });

  it("skips series that sold nothing before the horizon (weight 0, RMSSE undefined) and reports the count", () => {
    const never = [...Array.from({ length: 30 }, () => 0), 2, 0];
    const report = scoreForecast([a, never], flat(30, 2, [2, 1], [[0, 0, 2, 4, 5], [0, 0, 1, 2, 3]]));
    expect(report.series).toBe(2);
    expect(report.series_scored).toBe(1);
    expect(report.weighted_rmsse).toBeCloseTo(0.5, 12);
  });

  it("measures interval coverage over all series-days (closed intervals)", () => {
    const report = scoreForecast([a, b], flat(30, 2, [2, 4], [[0, 1, 2, 3, 3], [4, 4, 4, 4, 4]]));
    // a: actuals 1 and 3 are inside [1, 3] (80%) and [0, 3] (95%); b: 4 and 4 inside [4, 4].
    expect(report.coverage_80).toBe(1);
    expect(report.coverage_95).toBe(1);
    const narrow = scoreForecast([a, b], flat(30, 2, [2, 4], [[2, 2, 2, 2, 2], [4, 4, 4, 4, 4]]));
    expect(narrow.coverage_80).toBe(0.5);
  });

  it("weights a subset (a demand class) within itself", () => {
    const forecast = flat(30, 2, [2, 4], [[0, 0, 2, 4, 5], [2, 3, 4, 5, 6]]);
    expect(scoreForecast([a, b], forecast, [0]).weighted_rmsse).toBeCloseTo(0.5, 12);
    expect(scoreForecast([a, b], forecast, [1]).weighted_rmsse).toBe(0);
  });

  it("refuses a series shorter than origin + horizon, naming it", () => {
    expect(() => scoreForecast([a, b.slice(0, 31)], flat(30, 2, [2, 4], [[0, 0, 2, 4, 5], [2, 3, 4, 5, 6]]))).toThrow(/series 1 has 31 days, needs 32/);
  });
});
