// Classification metrics against scikit-learn reference values (fixtures/classification.json).
import { describe, expect, it } from "@jest/globals";
import {
  averagePrecision,
  brierScore,
  classificationRates,
  confusionAtThreshold,
  confusionMatrix,
  expectedCalibrationError,
  logLoss,
  precisionAtK,
  precisionRecallCurve,
  recallAtFpr,
  reliabilityDiagram,
  rocAuc,
  rocCurve,
  UndefinedMetricError,
} from "../src/index";
import { mulberry32 } from "./fixtures/synthetic-pixels";
import { expectAllClose, loadFixture } from "./fixtures/load";

interface Curve {
  thresholds: number[];
  [key: string]: number[];
}
interface ClassificationCase {
  name: string;
  labels: number[];
  scores: number[];
  rocAuc: number;
  rocCurve: Curve;
  rocCurveDropped: Curve;
  averagePrecision: number;
  prCurve: Curve;
  recallAtFpr: { target: number; recall: number; fpr: number; threshold: number }[];
  precisionAtK: { k: number; value: number }[];
  atThreshold: {
    threshold: number;
    tp: number;
    fp: number;
    tn: number;
    fn: number;
    accuracy: number;
    precision: number | null;
    recall: number | null;
    specificity: number | null;
    f1: number | null;
  }[];
  logLoss?: number;
  brier?: number;
  reliability?: { bins: number; counts: number[]; meanPredicted: number[]; observedRate: number[]; ece: number }[];
}

const { cases } = loadFixture<{ cases: ClassificationCase[] }>("classification.json");
const TOL = 1e-12;

describe("classification fixtures", () => {
  it("cover ties, imbalance and degenerate cases", () => {
    expect(cases.map((c) => c.name)).toEqual(
      expect.arrayContaining(["ties-rounded", "imbalanced-2pct", "all-tied", "perfect", "inverted", "logits-unbounded"]),
    );
  });
});

describe.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  it("ROC-AUC matches roc_auc_score", () => {
    expect(rocAuc(c.labels, c.scores)).toBeCloseTo(c.rocAuc, 12);
  });

  it("ROC curve matches roc_curve (all points, and drop_intermediate)", () => {
    const full = rocCurve(c.labels, c.scores);
    expectAllClose(full.thresholds, c.rocCurve.thresholds, 0, "thresholds");
    expectAllClose(full.falsePositiveRate, c.rocCurve.fpr!, TOL, "fpr");
    expectAllClose(full.truePositiveRate, c.rocCurve.tpr!, TOL, "tpr");
    const dropped = rocCurve(c.labels, c.scores, { dropIntermediate: true });
    expectAllClose(dropped.thresholds, c.rocCurveDropped.thresholds, 0, "dropped thresholds");
    expectAllClose(dropped.falsePositiveRate, c.rocCurveDropped.fpr!, TOL, "dropped fpr");
    expectAllClose(dropped.truePositiveRate, c.rocCurveDropped.tpr!, TOL, "dropped tpr");
  });

  it("average precision and PR curve match scikit-learn", () => {
    expect(averagePrecision(c.labels, c.scores)).toBeCloseTo(c.averagePrecision, 12);
    const curve = precisionRecallCurve(c.labels, c.scores);
    // scikit-learn lists recall decreasing and ends with (recall 0, precision 1) without a threshold.
    expectAllClose(curve.precision, [...c.prCurve.precision!].reverse(), TOL, "precision");
    expectAllClose(curve.recall, [...c.prCurve.recall!].reverse(), TOL, "recall");
    expectAllClose(curve.thresholds.subarray(1), [...c.prCurve.thresholds].reverse(), 0, "thresholds");
    expect(curve.thresholds[0]).toBe(Infinity);
  });

  it("recall at fixed FPR is the best recall among thresholds with FPR <= target", () => {
    for (const r of c.recallAtFpr) {
      const got = recallAtFpr(c.labels, c.scores, r.target);
      expect(got.recall).toBeCloseTo(r.recall, 12);
      expect(got.falsePositiveRate).toBeCloseTo(r.fpr, 12);
      expect(got.falsePositiveRate).toBeLessThanOrEqual(r.target);
      expect(got.threshold).toBe(r.threshold);
    }
  });

  it("precision@k (ties shared in expectation) matches numpy", () => {
    for (const { k, value } of c.precisionAtK) expect(precisionAtK(c.labels, c.scores, k)).toBeCloseTo(value, 12);
  });

  it("confusion counts and rates at thresholds match confusion_matrix / precision_score / recall_score / f1_score", () => {
    for (const row of c.atThreshold) {
      const counts = confusionAtThreshold(c.labels, c.scores, row.threshold);
      expect(counts).toEqual({ tp: row.tp, fp: row.fp, tn: row.tn, fn: row.fn });
      const predicted = c.scores.map((s) => (s >= row.threshold ? 1 : 0));
      expect(confusionMatrix(c.labels, predicted)).toEqual(counts);
      const rates = classificationRates(counts);
      const orNaN = (v: number | null) => (v === null ? Number.NaN : v);
      expectAllClose(
        [rates.accuracy, rates.precision, rates.recall, rates.sensitivity, rates.specificity, rates.f1, rates.falsePositiveRate],
        [row.accuracy, orNaN(row.precision), orNaN(row.recall), orNaN(row.recall), orNaN(row.specificity), orNaN(row.f1), 1 - orNaN(row.specificity)],
        TOL,
        `rates at ${row.threshold}`,
      );
    }
  });

  if (c.logLoss !== undefined) {
    it("log loss and Brier score match log_loss / brier_score_loss", () => {
      expect(logLoss(c.labels, c.scores)).toBeCloseTo(c.logLoss!, 12);
      expect(brierScore(c.labels, c.scores)).toBeCloseTo(c.brier!, 12);
    });

    it("reliability bins and ECE match calibration_curve (uniform bins)", () => {
      for (const ref of c.reliability!) {
        const diagram = reliabilityDiagram(c.labels, c.scores, ref.bins);
        expect(diagram.bins.map((b) => b.count)).toEqual(ref.counts);
        const nonEmpty = diagram.bins.filter((b) => b.count > 0);
        expectAllClose(nonEmpty.map((b) => b.meanPredicted), ref.meanPredicted, TOL, "meanPredicted");
        expectAllClose(nonEmpty.map((b) => b.observedRate), ref.observedRate, TOL, "observedRate");
        expect(diagram.bins.filter((b) => b.count === 0).every((b) => Number.isNaN(b.meanPredicted))).toBe(true);
        expect(diagram.expectedCalibrationError).toBeCloseTo(ref.ece, 12);
        expect(expectedCalibrationError(c.labels, c.scores, ref.bins)).toBe(diagram.expectedCalibrationError);
      }
    });
  }
});

describe("hand-checked values and edge cases", () => {
  it("ROC-AUC counts tied positive/negative pairs as one half", () => {
    // Pairs (pos, neg): (0.5 vs 0.5) tie = 0.5, (0.5 vs 0.2) win = 1, (0.9 vs 0.5) win, (0.9 vs 0.2) win -> 3.5 / 4.
    expect(rocAuc([1, 0, 1, 0], [0.5, 0.5, 0.9, 0.2])).toBe(0.875);
    // Input order must not matter under ties.
    expect(rocAuc([0, 1, 0, 1], [0.5, 0.5, 0.2, 0.9])).toBe(0.875);
  });

  it("ranking metrics are undefined (throw UndefinedMetricError) with a single class", () => {
    expect(() => rocAuc([1, 1, 1], [0.2, 0.5, 0.9])).toThrow(UndefinedMetricError);
    expect(() => rocAuc([0, 0], [0.2, 0.5])).toThrow(/only class 0/);
    expect(() => rocCurve([0, 0], [0.2, 0.5])).toThrow(UndefinedMetricError);
    expect(() => averagePrecision([0, 0, 0], [0.1, 0.2, 0.3])).toThrow(/no positives/);
    expect(() => precisionRecallCurve([0, 0, 0], [0.1, 0.2, 0.3])).toThrow(UndefinedMetricError);
    expect(() => recallAtFpr([1, 1], [0.1, 0.2], 0.1)).toThrow(UndefinedMetricError);
    // With only positives AP is well defined: every flagged item is a hit.
    expect(averagePrecision([1, 1], [0.1, 0.2])).toBe(1);
  });

  it("rates with a zero denominator are NaN, not 0", () => {
    const rates = classificationRates(confusionAtThreshold([0, 1, 0], [0.1, 0.2, 0.3], 0.9));
    expect(rates.precision).toBeNaN();
    expect(rates.recall).toBe(0);
    expect(rates.f1).toBe(0);
    expect(classificationRates({ tp: 0, fp: 0, tn: 5, fn: 0 }).f1).toBeNaN();
  });

  it("recall at FPR prefers the highest threshold among those reaching the best recall", () => {
    // Thresholds 0.9 (tp 1, fp 0), 0.8 (tp 1, fp 1), 0.7 (tp 2, fp 1), 0.1 (tp 2, fp 2).
    const labels = [1, 0, 1, 0];
    const scores = [0.9, 0.8, 0.7, 0.1];
    expect(recallAtFpr(labels, scores, 0.49)).toEqual({ recall: 0.5, falsePositiveRate: 0, threshold: 0.9 });
    expect(recallAtFpr(labels, scores, 0.5)).toEqual({ recall: 1, falsePositiveRate: 0.5, threshold: 0.7 });
    expect(recallAtFpr(labels, [0.1, 0.9, 0.2, 0.8], 0)).toEqual({ recall: 0, falsePositiveRate: 0, threshold: Infinity });
  });

  it("precision@k splits a tied boundary group in proportion", () => {
    // Top score 0.9 is a positive; the next four tie at 0.5 (two positives): k = 3 takes 2 of 4 tied slots.
    expect(precisionAtK([1, 1, 1, 0, 0, 0], [0.9, 0.5, 0.5, 0.5, 0.5, 0.1], 3)).toBeCloseTo((1 + 2 * (2 / 4)) / 3, 15);
    expect(() => precisionAtK([1, 0], [0.3, 0.2], 3)).toThrow(/k = 3: expected <= 2/);
    expect(() => precisionAtK([1, 0], [0.3, 0.2], 1.5)).toThrow(/expected an integer/);
  });

  it("ECE bins are right-closed like calibration_curve: 0.3 belongs to (0.2, 0.3]", () => {
    const diagram = reliabilityDiagram([0, 0, 1], [0, 0.3, 1], 10);
    expect(diagram.bins[0]!.count).toBe(1);
    expect(diagram.bins[2]!.count).toBe(1);
    expect(diagram.bins[9]!.count).toBe(1);
    expect(diagram.bins[9]!.upper).toBe(1);
    expect(diagram.expectedCalibrationError).toBeCloseTo(0.1, 15);
    expect(diagram.maximumCalibrationError).toBeCloseTo(0.3, 15);
  });

  it("log loss clips probabilities so a confident mistake is finite", () => {
    expect(logLoss([1], [0])).toBeCloseTo(-Math.log(1e-15), 10);
  });

  it("bad input names the argument, index and expectation", () => {
    expect(() => rocAuc([0, 1, 2], [0.1, 0.2, 0.3])).toThrow("labels[2] = 2: expected 0 or 1");
    expect(() => rocAuc([0, 1], [0.1, Number.NaN])).toThrow("scores[1] = NaN: expected a number");
    expect(() => rocAuc([0, 1], [0.1])).toThrow("labels has 2 values but scores has 1: expected the same length");
    expect(() => rocAuc([], [])).toThrow("labels is empty");
    expect(() => brierScore([0, 1], [0.1, 1.2])).toThrow("probabilities[1] = 1.2: expected a probability in [0, 1]");
    expect(() => recallAtFpr([0, 1], [0.1, 0.2], 1.5)).toThrow("targetFpr = 1.5: expected <= 1");
  });
});

describe("speed and scale", () => {
  it("ROC-AUC on 1e6 scores runs well under a second and agrees with the rank-sum formula", () => {
    const n = 1_000_000;
    const rng = mulberry32(42);
    const labels = new Uint8Array(n);
    const scores = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      labels[i] = rng() < 0.1 ? 1 : 0;
      scores[i] = Math.round((rng() + 0.3 * labels[i]!) * 1000) / 1000; // coarse: many ties
    }
    // Best of three: the machine is shared, and the minimum is the truest measure of the work done.
    let auc = Number.NaN;
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      auc = rocAuc(labels, scores);
      times.push(performance.now() - started);
    }
    const ms = Math.min(...times);
    console.log(`rocAuc on 1e6 scores: best ${ms.toFixed(0)} ms of ${times.map((t) => t.toFixed(0)).join(", ")}`);
    expect(ms).toBeLessThan(1000);

    // Independent check: Mann-Whitney U from mid-ranks of one index sort.
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
    let positives = 0;
    let rankSum = 0;
    for (let i = 0; i < n; ) {
      let j = i;
      while (j < n && scores[order[j]!] === scores[order[i]!]) j++;
      const midRank = (i + 1 + j) / 2;
      for (let k = i; k < j; k++) {
        if (labels[order[k]!] === 1) {
          positives++;
          rankSum += midRank;
        }
      }
      i = j;
    }
    const negatives = n - positives;
    const expected = (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
    expect(auc).toBeCloseTo(expected, 10);
  });
});
