// The threshold with the best F1 on a set of scores: chosen out of fold on training rows, then applied to test.
import { precisionRecallCurve } from "@verticals/core";

/** Highest F1 over every distinct score (flag when score >= threshold); ties go to the higher threshold. */
export function bestF1Threshold(labels: ArrayLike<number>, scores: ArrayLike<number>): { threshold: number; f1: number } {
  const { thresholds, precision, recall } = precisionRecallCurve(labels, scores);
  let best = { threshold: Number.POSITIVE_INFINITY, f1: 0 };
  for (let k = 1; k < thresholds.length; k++) {
    const p = precision[k]!;
    const r = recall[k]!;
    const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
    if (f1 > best.f1) best = { threshold: thresholds[k]!, f1 };
  }
  return best;
}
