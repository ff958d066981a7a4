// The placeholder numbers are generated, but the curves and metrics computed from them must be right.
import { describe, expect, it } from "@jest/globals";
import { confusionAt, curves, placeholderScores, reliabilityBins } from "../src/placeholder/scores";
import { placeholderForecast } from "../src/placeholder/forecast";

describe("placeholder metrics", () => {
  it("computes AUC equal to the rank statistic and a perfect separator scores 1", () => {
    const labels = new Uint8Array([0, 0, 1, 0, 1]);
    const scores = new Float64Array([0.1, 0.4, 0.35, 0.2, 0.8]);
    // Pairs (positive above negative): 0.35 beats 0.1 and 0.2; 0.8 beats all three -> 5 of 6.
    expect(curves(labels, scores).auc).toBeCloseTo(5 / 6, 10);
    expect(curves(new Uint8Array([0, 1]), new Float64Array([0.1, 0.9])).ap).toBe(1);
  });
  it("is deterministic and the model beats the baseline", () => {
    const a = placeholderScores(42);
    const b = placeholderScores(42);
    expect(Array.from(a.model.slice(0, 5))).toEqual(Array.from(b.model.slice(0, 5)));
    expect(curves(a.labels, a.model).auc).toBeGreaterThan(curves(a.labels, a.baseline).auc);
  });
  it("counts the confusion matrix and calibration bins", () => {
    const labels = new Uint8Array([0, 1, 1, 0]);
    const scores = new Float64Array([0.7, 0.9, 0.2, 0.1]);
    expect(confusionAt(labels, scores, 0.5)).toEqual({ tp: 1, fp: 1, tn: 1, fn: 1 });
    expect(reliabilityBins(labels, scores, 2)).toEqual([
      { meanPredicted: 0.15000000000000002, fractionPositive: 0.5, count: 2 },
      { meanPredicted: 0.8, fractionPositive: 0.5, count: 2 },
    ]);
  });
  it("makes forecast bands that nest around the median", () => {
    const { forecast, actuals } = placeholderForecast(1);
    expect(actuals).toHaveLength(forecast.length);
    for (const f of forecast) expect(f.p025 <= f.p10 && f.p10 <= f.median && f.median <= f.p90 && f.p90 <= f.p975).toBe(true);
  });
});
