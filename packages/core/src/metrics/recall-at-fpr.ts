// Recall at a fixed false-positive rate, the figure fraud and screening teams quote
// ("at 1% false alarms we catch X% of fraud").
// Definition: over every threshold t in {+Infinity} ∪ {distinct scores}, predicting positive when
// score >= t, take those with FPR(t) <= target and return the best recall among them. No
// interpolation between points and no splitting of tied scores: the operating point is one a
// real threshold achieves. When several thresholds reach that recall, the highest one (lowest
// FPR) is returned.
import { binaryCurveCounts } from "./binary-curve";
import { assertFiniteNumber, requireBothClasses } from "./validate";

export interface RecallAtFpr {
  recall: number;
  /** The FPR actually achieved (<= target). */
  falsePositiveRate: number;
  /** Predict positive when score >= threshold; +Infinity when only "flag nobody" meets the target. */
  threshold: number;
}

/** Throws UndefinedMetricError when labels hold a single class. */
export function recallAtFpr(labels: ArrayLike<number>, scores: ArrayLike<number>, targetFpr: number): RecallAtFpr {
  assertFiniteNumber("targetFpr", targetFpr, { min: 0, max: 1 });
  const { thresholds, truePositives, falsePositives, positives, negatives } = binaryCurveCounts(labels, scores);
  requireBothClasses("Recall at FPR", positives, negatives);
  let best: RecallAtFpr = { recall: 0, falsePositiveRate: 0, threshold: Number.POSITIVE_INFINITY };
  for (let k = 0; k < thresholds.length; k++) {
    const fpr = falsePositives[k]! / negatives;
    if (fpr > targetFpr) break; // FPR only grows as the threshold falls
    const recall = truePositives[k]! / positives;
    if (recall > best.recall) best = { recall, falsePositiveRate: fpr, threshold: thresholds[k]! };
  }
  return best;
}
