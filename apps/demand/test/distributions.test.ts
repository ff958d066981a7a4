import { describe, expect, it } from "@jest/globals";
import { logGamma, negBinExceedance, negBinLogPmf, negBinQuantiles, negBinQuantilesContinuous, normalCdf, normalQuantile } from "../src/pipeline/distributions";

const { exp, log } = Math;

/** Brute-force NB CDF from the log pmf. */
function cdf(mu: number, alpha: number, k: number): number {
  let sum = 0;
  for (let i = 0; i <= k; i++) sum += exp(negBinLogPmf(i, mu, alpha));
  return sum;
}

describe("count distributions", () => {
  it("normal quantile and CDF match known values", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.1)).toBeCloseTo(-1.281552, 5);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 5);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });

  it("log gamma matches factorials", () => {
    expect(logGamma(1)).toBeCloseTo(0, 10);
    expect(logGamma(6)).toBeCloseTo(log(120), 10);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * log(Math.PI), 10);
  });

  it("the NB pmf sums to 1 and has the stated mean and variance", () => {
    for (const [mu, alpha] of [[0.3, 0.5], [4, 0.2], [12, 0.05], [2, 1e-9]] as const) {
      let total = 0;
      let mean = 0;
      let second = 0;
      for (let k = 0; k < 2000; k++) {
        const p = exp(negBinLogPmf(k, mu, alpha));
        total += p;
        mean += k * p;
        second += k * k * p;
      }
      expect(total).toBeCloseTo(1, 8);
      expect(mean).toBeCloseTo(mu, 6);
      expect(second - mean * mean).toBeCloseTo(mu + (alpha > 1e-8 ? alpha * mu * mu : 0), 4);
    }
  });

  it("integer quantiles are the smallest k whose CDF reaches the level", () => {
    for (const [mu, alpha] of [[0.4, 0.8], [3, 0.1], [25, 0.03], [7, 1e-9]] as const) {
      const levels = [0.025, 0.1, 0.5, 0.9, 0.95, 0.975];
      const q = negBinQuantiles(mu, alpha, levels);
      levels.forEach((p, j) => {
        expect(cdf(mu, alpha, q[j]!)).toBeGreaterThanOrEqual(p - 1e-12);
        if (q[j]! > 0) expect(cdf(mu, alpha, q[j]! - 1)).toBeLessThan(p);
      });
    }
    expect(negBinQuantiles(0, 0.5, [0.9])).toEqual([0]);
  });

  it("continuous quantiles interpolate within the integer step and are increasing", () => {
    const levels = [0.025, 0.1, 0.5, 0.9, 0.975];
    const integer = negBinQuantiles(2, 0.3, levels);
    const continuous = negBinQuantilesContinuous(2, 0.3, levels);
    continuous.forEach((value, j) => {
      expect(value).toBeLessThanOrEqual(integer[j]! + 1e-12);
      expect(value).toBeGreaterThanOrEqual(Math.max(0, integer[j]! - 1));
      if (j > 0) expect(value).toBeGreaterThanOrEqual(continuous[j - 1]!);
    });
  });

  it("exceedance P(Y > k) complements the CDF", () => {
    expect(negBinExceedance(3, 0.2, 5)).toBeCloseTo(1 - cdf(3, 0.2, 5), 10);
    expect(negBinExceedance(3, 0.2, -1)).toBe(1);
    expect(negBinExceedance(0, 0.2, 0)).toBe(0);
  });
});
