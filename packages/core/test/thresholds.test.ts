// Threshold choice: hand-checked cases and properties checked by brute force.
import { describe, expect, it } from "@jest/globals";
import {
  chooseThresholdByCost,
  confusionAtThreshold,
  costCurve,
  metricsAtThreshold,
  thresholdForSensitivity,
  UndefinedMetricError,
} from "../src/index";
import { mulberry32 } from "./fixtures/synthetic-pixels";

// Five items, flagged when p >= t:       p: 0.9 0.8 0.6 0.4 0.2
const labels = [1, 0, 1, 0, 0];
const probabilities = [0.9, 0.8, 0.6, 0.4, 0.2];

describe("metricsAtThreshold", () => {
  it("reports counts, rates and workload (hand-checked)", () => {
    const m = metricsAtThreshold(labels, probabilities, 0.6);
    expect(m).toMatchObject({ threshold: 0.6, tp: 2, fp: 1, tn: 2, fn: 0, alerts: 3 });
    expect(m.recall).toBe(1);
    expect(m.sensitivity).toBe(1);
    expect(m.precision).toBeCloseTo(2 / 3, 15);
    expect(m.specificity).toBeCloseTo(2 / 3, 15);
    expect(m.falsePositiveRate).toBeCloseTo(1 / 3, 15);
    expect(m.alertsPer1000).toBe(600);
    expect(m.accuracy).toBe(0.8);
  });

  it("a threshold above every score flags nobody: precision is NaN, recall 0", () => {
    const m = metricsAtThreshold(labels, probabilities, 0.95);
    expect(m.alerts).toBe(0);
    expect(m.precision).toBeNaN();
    expect(m.recall).toBe(0);
  });
});

describe("chooseThresholdByCost", () => {
  it("hand-checked: a miss costs 10, a false alarm 1", () => {
    // t=+inf: 2 misses = 20; t=0.9: 1 miss = 10; t=0.8: 10 + 1 = 11; t=0.6: 1 alarm = 1; t=0.4: 2; t=0.2: 3.
    const best = chooseThresholdByCost({ labels, probabilities, costFalseNegative: 10, costFalsePositive: 1 });
    expect(best).toMatchObject({ threshold: 0.6, cost: 1, tp: 2, fp: 1, fn: 0, tn: 2, alerts: 3, alertsPer1000: 600 });
    expect(best.costPerItem).toBeCloseTo(0.2, 15);
    expect(best.precision).toBeCloseTo(2 / 3, 15);
    expect(best.recall).toBe(1);
  });

  it("when false alarms are dear it flags nobody (threshold +Infinity)", () => {
    const best = chooseThresholdByCost({ labels, probabilities, costFalseNegative: 1, costFalsePositive: 100 });
    // +inf costs 2 (two misses); t=0.9 costs 1 (one miss, no alarm): the latter wins.
    expect(best.threshold).toBe(0.9);
    const none = chooseThresholdByCost({ labels: [0, 1, 0], probabilities: [0.9, 0.5, 0.8], costFalseNegative: 1, costFalsePositive: 100 });
    expect(none.threshold).toBe(Infinity);
    expect(none.alerts).toBe(0);
    expect(none.cost).toBe(1);
  });

  it("ties go to the highest threshold (fewest alerts)", () => {
    // Costs 1 and 1: t=0.9 -> 1 miss (1), t=0.6 -> 1 alarm (1): equal, so 0.9.
    const best = chooseThresholdByCost({ labels, probabilities, costFalseNegative: 1, costFalsePositive: 1 });
    expect(best.threshold).toBe(0.9);
    expect(best.cost).toBe(1);
  });

  it("property: its cost is <= the cost at every distinct threshold and at random thresholds", () => {
    const rng = mulberry32(3);
    for (let trial = 0; trial < 30; trial++) {
      const n = 20 + Math.floor(rng() * 300);
      const y = Array.from({ length: n }, () => (rng() < 0.15 ? 1 : 0));
      const p = y.map((v) => Math.round((rng() * 0.7 + 0.3 * v) * 50) / 50); // ties on purpose
      const costs = { costFalseNegative: 1 + rng() * 50, costFalsePositive: 0.1 + rng() * 5 };
      const best = chooseThresholdByCost({ labels: y, probabilities: p, ...costs });
      const costAt = (t: number) => {
        const c = confusionAtThreshold(y, p, t);
        return costs.costFalseNegative * c.fn + costs.costFalsePositive * c.fp;
      };
      expect(best.cost).toBeCloseTo(costAt(best.threshold), 9);
      for (const t of [...new Set(p), Infinity, -Infinity]) expect(best.cost).toBeLessThanOrEqual(costAt(t) + 1e-9);
      for (let k = 0; k < 50; k++) expect(best.cost).toBeLessThanOrEqual(costAt(rng()) + 1e-9);
    }
  });

  it("rejects bad costs and labels by name", () => {
    expect(() => chooseThresholdByCost({ labels, probabilities, costFalseNegative: -1, costFalsePositive: 1 })).toThrow(
      "costFalseNegative = -1: expected >= 0",
    );
    expect(() => chooseThresholdByCost({ labels: [0, 3], probabilities: [0.1, 0.2], costFalseNegative: 1, costFalsePositive: 1 })).toThrow(
      "labels[1] = 3: expected 0 or 1",
    );
  });
});

describe("costCurve", () => {
  const costs = { costFalseNegative: 10, costFalsePositive: 1 };

  it("by default lists every distinct threshold ascending, ending with +Infinity", () => {
    const rows = costCurve({ labels, probabilities, ...costs });
    expect(rows.map((r) => r.threshold)).toEqual([0.2, 0.4, 0.6, 0.8, 0.9, Infinity]);
    expect(rows.map((r) => r.cost)).toEqual([3, 2, 1, 11, 10, 20]);
    expect(rows[0]!.alertsPer1000).toBe(1000);
  });

  it("grid and explicit thresholds agree with metricsAtThreshold row by row", () => {
    const rng = mulberry32(9);
    const y = Array.from({ length: 500 }, () => (rng() < 0.3 ? 1 : 0));
    const p = y.map((v) => Math.min(1, rng() * 0.8 + 0.2 * v));
    const grid = costCurve({ labels: y, probabilities: p, ...costs, gridSize: 11 });
    expect(grid.map((r) => r.threshold)).toEqual(Array.from({ length: 11 }, (_, i) => i / 10));
    for (const row of grid) {
      const direct = metricsAtThreshold(y, p, row.threshold);
      expect(row).toMatchObject({ tp: direct.tp, fp: direct.fp, tn: direct.tn, fn: direct.fn });
      expect(row.cost).toBe(10 * direct.fn + direct.fp);
    }
    const explicit = costCurve({ labels: y, probabilities: p, ...costs, thresholds: [0.5, 0.05, 2] });
    expect(explicit.map((r) => r.threshold)).toEqual([0.5, 0.05, 2]);
    expect(explicit[2]!.alerts).toBe(0);
    const all = costCurve({ labels: y, probabilities: p, ...costs });
    expect(all.length).toBe(new Set(p).size + 1);
    expect(Math.min(...all.map((r) => r.cost))).toBe(chooseThresholdByCost({ labels: y, probabilities: p, ...costs }).cost);
  });

  it("rejects conflicting options", () => {
    expect(() => costCurve({ labels, probabilities, ...costs, gridSize: 5, thresholds: [0.5] })).toThrow(/either thresholds or gridSize/);
    expect(() => costCurve({ labels, probabilities, ...costs, gridSize: 1 })).toThrow("gridSize = 1: expected >= 2");
  });
});

describe("thresholdForSensitivity", () => {
  it("hand-checked: highest threshold with sensitivity >= target", () => {
    expect(thresholdForSensitivity(labels, probabilities, 0.5)).toMatchObject({ threshold: 0.9, sensitivity: 0.5, specificity: 1 });
    const full = thresholdForSensitivity(labels, probabilities, 0.95);
    expect(full.threshold).toBe(0.6);
    expect(full.sensitivity).toBe(1);
    expect(full.specificity).toBeCloseTo(2 / 3, 15);
    expect(thresholdForSensitivity(labels, probabilities, 0).threshold).toBe(Infinity);
  });

  it("property: no higher distinct threshold meets the target", () => {
    const rng = mulberry32(17);
    for (let trial = 0; trial < 20; trial++) {
      const y = Array.from({ length: 200 }, () => (rng() < 0.4 ? 1 : 0));
      const p = y.map((v) => Math.round((rng() * 0.6 + 0.4 * v) * 100) / 100);
      const target = rng();
      const chosen = thresholdForSensitivity(y, p, target);
      expect(chosen.sensitivity).toBeGreaterThanOrEqual(target);
      for (const t of new Set(p)) {
        if (t > chosen.threshold) expect(metricsAtThreshold(y, p, t).sensitivity).toBeLessThan(target);
      }
    }
  });

  it("is undefined without positives", () => {
    expect(() => thresholdForSensitivity([0, 0], [0.1, 0.2], 0.9)).toThrow(UndefinedMetricError);
    expect(() => thresholdForSensitivity([0, 1], [0.1, 0.2], 1.2)).toThrow("target = 1.2: expected <= 1");
  });
});
