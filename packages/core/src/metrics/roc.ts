// ROC curve and ROC-AUC. One sort (see binary-curve), then a linear pass; AUC is the trapezoid
// area over distinct thresholds, which equals the Mann-Whitney probability
// P(score+ > score-) + 0.5 P(score+ = score-): ties count half.
import { binaryCurveCounts, type BinaryCurveCounts } from "./binary-curve";
import { requireBothClasses } from "./validate";

export interface RocCurve {
  /** Decreasing. thresholds[0] = +Infinity (nobody flagged); a point predicts positive when score >= threshold. */
  thresholds: Float64Array;
  falsePositiveRate: Float64Array;
  truePositiveRate: Float64Array;
}

export interface RocCurveOptions {
  /**
   * Drop points that lie on a straight line between their neighbours (scikit-learn's
   * `drop_intermediate=True`): same area, far fewer points to plot. Default false (every threshold).
   */
  dropIntermediate?: boolean;
}

/** Throws UndefinedMetricError when labels hold a single class (a rate would divide by zero). */
export function rocCurve(labels: ArrayLike<number>, scores: ArrayLike<number>, options: RocCurveOptions = {}): RocCurve {
  const counts = binaryCurveCounts(labels, scores);
  requireBothClasses("ROC curve", counts.positives, counts.negatives);
  const keep = options.dropIntermediate ? nonCollinearPoints(counts) : null;
  const size = (keep ? keep.length : counts.thresholds.length) + 1;
  const thresholds = new Float64Array(size);
  const falsePositiveRate = new Float64Array(size);
  const truePositiveRate = new Float64Array(size);
  thresholds[0] = Number.POSITIVE_INFINITY;
  for (let j = 1; j < size; j++) {
    const k = keep ? keep[j - 1]! : j - 1;
    thresholds[j] = counts.thresholds[k]!;
    falsePositiveRate[j] = counts.falsePositives[k]! / counts.negatives;
    truePositiveRate[j] = counts.truePositives[k]! / counts.positives;
  }
  return { thresholds, falsePositiveRate, truePositiveRate };
}

/** Tie-correct ROC-AUC. Throws UndefinedMetricError when labels hold a single class. */
export function rocAuc(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  const { truePositives, falsePositives, positives, negatives } = binaryCurveCounts(labels, scores);
  requireBothClasses("ROC-AUC", positives, negatives);
  // Twice the area in count units: integers below 2^53 for any realistic n, so the sum is exact.
  let twiceArea = 0;
  let prevTp = 0;
  let prevFp = 0;
  for (let k = 0; k < truePositives.length; k++) {
    const tp = truePositives[k]!;
    const fp = falsePositives[k]!;
    twiceArea += (fp - prevFp) * (tp + prevTp);
    prevTp = tp;
    prevFp = fp;
  }
  return twiceArea / (2 * positives * negatives);
}

/** Indices kept by scikit-learn's rule: first, last, and any point where fp or tp bends. */
function nonCollinearPoints({ truePositives: tp, falsePositives: fp }: BinaryCurveCounts): number[] {
  const n = tp.length;
  if (n <= 2) return Array.from({ length: n }, (_, i) => i);
  const keep = [0];
  for (let k = 1; k < n - 1; k++) {
    const bendFp = fp[k + 1]! - 2 * fp[k]! + fp[k - 1]!;
    const bendTp = tp[k + 1]! - 2 * tp[k]! + tp[k - 1]!;
    if (bendFp !== 0 || bendTp !== 0) keep.push(k);
  }
  keep.push(n - 1);
  return keep;
}
