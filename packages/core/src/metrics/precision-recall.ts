// Precision-recall curve and average precision (AUPRC) with scikit-learn's step definition:
// AP = sum_k (R_k - R_{k-1}) * P_k over distinct thresholds, no interpolation (the trapezoid
// rule over-states PR area because precision is not monotone in recall).
import { binaryCurveCounts } from "./binary-curve";
import { UndefinedMetricError } from "./validate";

export interface PrecisionRecallCurve {
  /** Decreasing. thresholds[0] = +Infinity (nobody flagged: recall 0, precision 1 by convention). */
  thresholds: Float64Array;
  precision: Float64Array;
  /** Non-decreasing from 0 to 1. */
  recall: Float64Array;
}

/**
 * One point per distinct score (predict positive when score >= threshold), plus the (recall 0,
 * precision 1) start point. This is scikit-learn's `precision_recall_curve` output reversed.
 * Throws UndefinedMetricError when there are no positive labels (recall divides by zero).
 */
export function precisionRecallCurve(labels: ArrayLike<number>, scores: ArrayLike<number>): PrecisionRecallCurve {
  const { thresholds: distinct, truePositives, falsePositives, positives } = binaryCurveCounts(labels, scores);
  if (positives === 0) throw new UndefinedMetricError("Precision-recall curve is undefined: labels contain no positives (class 1)");
  const size = distinct.length + 1;
  const thresholds = new Float64Array(size);
  const precision = new Float64Array(size);
  const recall = new Float64Array(size);
  thresholds[0] = Number.POSITIVE_INFINITY;
  precision[0] = 1;
  for (let k = 0; k < distinct.length; k++) {
    const tp = truePositives[k]!;
    thresholds[k + 1] = distinct[k]!;
    precision[k + 1] = tp / (tp + falsePositives[k]!); // at least one item is flagged at every distinct score
    recall[k + 1] = tp / positives;
  }
  return { thresholds, precision, recall };
}

/** Average precision (AUPRC). Throws UndefinedMetricError when there are no positive labels. */
export function averagePrecision(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  const { truePositives, falsePositives, positives } = binaryCurveCounts(labels, scores);
  if (positives === 0) throw new UndefinedMetricError("Average precision is undefined: labels contain no positives (class 1)");
  let sum = 0;
  let prevTp = 0;
  for (let k = 0; k < truePositives.length; k++) {
    const tp = truePositives[k]!;
    if (tp !== prevTp) sum += (tp - prevTp) * (tp / (tp + falsePositives[k]!));
    prevTp = tp;
  }
  return sum / positives;
}
