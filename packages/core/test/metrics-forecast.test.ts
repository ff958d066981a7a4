// Regression, RUL and forecast metrics against scikit-learn / numpy (fixtures/regression.json).
import { describe, expect, it } from "@jest/globals";
import {
  cmapssScore,
  intervalCoverage,
  mae,
  mase,
  meanIntervalWidth,
  pinballLoss,
  rmse,
  rmsse,
  rmsseScale,
  UndefinedMetricError,
  weightedRmsse,
} from "../src/index";
import { sortFloat64 } from "../src/metrics/sort-float64";
import { mulberry32 } from "./fixtures/synthetic-pixels";
import { loadFixture } from "./fixtures/load";

interface PointCase {
  name: string;
  actual: number[];
  predicted: number[];
  rmse: number;
  mae: number;
  cmapss: number;
  pinball: { quantile: number; predicted: number[]; loss: number }[];
  lower: number[];
  upper: number[];
  coverage: number;
  width: number;
}
interface SeriesCase {
  history: number[];
  actual: number[];
  forecast: number[];
  rmsse: number | null;
  mase1: number | null;
  mase7: number | null;
}
const fixture = loadFixture<{
  point: PointCase[];
  cmapssHand: { trueRul: number[]; predictedRul: number[]; score: number };
  forecast: { series: SeriesCase[]; weights: number[]; wrmsse: number };
}>("regression.json");

describe.each(fixture.point.map((c) => [c.name, c] as const))("point forecasts: %s", (_name, c) => {
  it("RMSE and MAE match mean_squared_error(squared=False) / mean_absolute_error", () => {
    expect(rmse(c.actual, c.predicted)).toBeCloseTo(c.rmse, 10);
    expect(mae(c.actual, c.predicted)).toBeCloseTo(c.mae, 10);
  });

  it("C-MAPSS score matches numpy", () => {
    expect(cmapssScore(c.actual, c.predicted) / c.cmapss).toBeCloseTo(1, 12);
  });

  it("pinball loss matches mean_pinball_loss at several quantiles", () => {
    for (const q of c.pinball) expect(pinballLoss(c.actual, q.predicted, q.quantile)).toBeCloseTo(q.loss, 10);
  });

  it("interval coverage and width match numpy", () => {
    expect(intervalCoverage(c.actual, c.lower, c.upper)).toBe(c.coverage);
    expect(meanIntervalWidth(c.lower, c.upper)).toBeCloseTo(c.width, 10);
  });
});

describe("C-MAPSS score", () => {
  it("penalises late predictions more than early ones (hand case with d = 0)", () => {
    const { trueRul, predictedRul, score } = fixture.cmapssHand;
    expect(cmapssScore(trueRul, predictedRul)).toBeCloseTo(score, 10);
    expect(cmapssScore([50], [50])).toBe(0);
    expect(cmapssScore([50], [60])).toBeCloseTo(Math.E - 1, 14); // 10 late: exp(10/10) - 1
    expect(cmapssScore([50], [37])).toBeCloseTo(Math.E - 1, 14); // 13 early: exp(13/13) - 1
    expect(cmapssScore([50], [60])).toBeGreaterThan(cmapssScore([50], [40]));
  });
});

describe("scaled forecast errors (M5 definitions)", () => {
  const { series, weights, wrmsse } = fixture.forecast;
  const defined = series.filter((s) => s.rmsse !== null);

  it("RMSSE and MASE (m = 1 and m = 7) of each series match numpy", () => {
    expect(defined.length).toBeGreaterThanOrEqual(8);
    for (const s of defined) {
      expect(rmsse(s)).toBeCloseTo(s.rmsse!, 10);
      expect(mase(s)).toBeCloseTo(s.mase1!, 10);
      expect(mase({ ...s, seasonality: 7 })).toBeCloseTo(s.mase7!, 10);
    }
  });

  it("the RMSSE scale starts at the first non-zero observation", () => {
    // Leading zeros are ignored: differences of [3, 5, 4] are 2 and -1, mean square 2.5.
    expect(rmsseScale([0, 0, 0, 3, 5, 4])).toBe(2.5);
    expect(rmsse({ history: [0, 0, 0, 3, 5, 4], actual: [4, 4], forecast: [5, 2] })).toBeCloseTo(Math.sqrt(2.5 / 2.5), 15);
  });

  it("weighted RMSSE normalises weights and skips zero-weight series", () => {
    const result = weightedRmsse(series, weights);
    expect(result.score).toBeCloseTo(wrmsse, 10);
    expect(result.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    expect(result.perSeries[series.length - 1]).toBeNaN();
    // Scaling every weight changes nothing.
    expect(weightedRmsse(series, weights.map((w) => w * 37)).score).toBeCloseTo(wrmsse, 10);
  });

  it("undefined scales throw UndefinedMetricError naming the problem", () => {
    expect(() => rmsse({ history: [0, 0, 0], actual: [1], forecast: [1] })).toThrow(/no non-zero value/);
    expect(() => rmsse({ history: [0, 0, 4], actual: [1], forecast: [1] })).toThrow(UndefinedMetricError);
    expect(() => rmsse({ history: [0, 2, 2, 2], actual: [1], forecast: [1] })).toThrow(/constant/);
    expect(() => mase({ history: [5, 5, 5], actual: [1], forecast: [1] })).toThrow(UndefinedMetricError);
    expect(() => mase({ history: [1, 2], actual: [1], forecast: [1], seasonality: 7 })).toThrow(/needs more than seasonality 7/);
    const bad = [...series];
    const badWeights = weights.map(() => 1);
    expect(() => weightedRmsse(bad, badWeights)).toThrow(/^series\[8\]: RMSSE is undefined/);
  });

  it("bad input names the argument", () => {
    expect(() => weightedRmsse(series, weights.slice(1))).toThrow(/weights has 8/);
    expect(() => weightedRmsse(series, weights.map((w, i) => (i === 2 ? -1 : w)))).toThrow("weights[2] = -1: expected a finite number >= 0");
    expect(() => pinballLoss([1, 2], [1, 2], 1.5)).toThrow("quantile = 1.5: expected <= 1");
    expect(() => intervalCoverage([1], [2], [1])).toThrow("lower[0] = 2 exceeds upper[0] = 1");
    expect(() => rmse([1, Infinity], [1, 2])).toThrow("actual[1] = Infinity: expected a finite number");
  });
});

describe("sortFloat64 (radix sort behind every ranking metric)", () => {
  it("orders exactly like the built-in numeric sort, including ±0, ±Infinity and subnormals", () => {
    const rng = mulberry32(5);
    const specials = [-Infinity, Infinity, -0, 0, 5e-324, -5e-324, 1e308, -1e308, 0.1, -0.1];
    const values = new Float64Array(50_000);
    for (let i = 0; i < values.length; i++) {
      values[i] = i % 10 === 0 ? specials[(i / 10) % specials.length]! : (rng() - 0.5) * 10 ** Math.floor(rng() * 20 - 10);
    }
    const expected = values.slice().sort();
    sortFloat64(values);
    for (let i = 0; i < values.length; i++) {
      if (!(values[i] === expected[i])) throw new Error(`index ${i}: ${values[i]} vs ${expected[i]}`);
    }
  });
});
