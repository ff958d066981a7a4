import { describe, expect, it } from "@jest/globals";
import { createRng } from "@verticals/core";
import { fitResidualBands, probabilityRulAtMost, rulDistribution, rulQuantile } from "../src/pipeline/rul/uncertainty";

describe("RUL uncertainty band", () => {
  // Predictions whose errors grow with the predicted RUL: sd = 2 + 0.15 * predicted.
  const rng = createRng(11);
  const predicted: number[] = [];
  const truth: number[] = [];
  for (let i = 0; i < 4000; i++) {
    const p = rng.uniform(0, 125);
    predicted.push(p);
    truth.push(Math.max(0, p + rng.normal(0, 2 + 0.15 * p)));
  }
  const bands = fitResidualBands(predicted, truth);

  it("covers about 80% of fresh cases with the 10-90 band, wider far from failure", () => {
    let inside = 0;
    const n = 2000;
    for (let i = 0; i < n; i++) {
      const p = rng.uniform(0, 125);
      const t = Math.max(0, p + rng.normal(0, 2 + 0.15 * p));
      if (t >= rulQuantile(bands, p, 0.1) && t <= rulQuantile(bands, p, 0.9)) inside++;
    }
    expect(inside / n).toBeGreaterThan(0.75);
    expect(inside / n).toBeLessThan(0.85);
    const near = rulDistribution(bands, 10);
    const far = rulDistribution(bands, 110);
    expect(far.p90 - far.p10).toBeGreaterThan(2 * (near.p90 - near.p10));
  });

  it("gives a failure probability that grows with the horizon and matches the quantiles", () => {
    let previous = -1;
    for (const h of [0, 10, 20, 30, 40, 60]) {
      const p = probabilityRulAtMost(bands, 30, h);
      expect(p).toBeGreaterThanOrEqual(previous);
      previous = p;
    }
    expect(probabilityRulAtMost(bands, 30, rulQuantile(bands, 30, 0.1))).toBeCloseTo(0.1, 2);
    expect(probabilityRulAtMost(bands, 100, 5)).toBeLessThan(0.01);
    expect(probabilityRulAtMost(bands, 3, 30)).toBeGreaterThan(0.99);
  });

  it("never predicts a negative RUL and refuses too few residuals", () => {
    expect(rulQuantile(bands, 0, 0.05)).toBeGreaterThanOrEqual(0);
    expect(() => fitResidualBands([1, 2], [1, 2])).toThrow(/at least 30/);
  });
});
