// Picking an operating threshold: by cost, or by a required sensitivity (screening).
// Both scan the cumulative counts of the distinct thresholds (one sort, one pass) and build a
// full report only for the winner, so a million scores cost no more than a sort.
import { countsFromSorted, sortScoresByClass } from "../metrics/binary-curve";
import { assertFiniteNumber, UndefinedMetricError } from "../metrics/validate";
import { checkCosts } from "./cost-curve";
import { describeThreshold, withCost, type CostedThresholdMetrics, type Costs, type ThresholdMetrics } from "./threshold-metrics";

export interface ChooseThresholdByCostOptions extends Costs {
  labels: ArrayLike<number>;
  probabilities: ArrayLike<number>;
}

/**
 * The threshold minimising costFalseNegative * fn + costFalsePositive * fp over every distinct
 * probability and +Infinity (flag nobody): no other threshold gives a different confusion matrix,
 * so this is the exact minimum on these items. Ties go to the highest threshold (fewest alerts).
 * Choose it on validation data and report its consequences on test data.
 */
export function chooseThresholdByCost(options: ChooseThresholdByCostOptions): CostedThresholdMetrics {
  checkCosts(options);
  const { costFalseNegative, costFalsePositive } = options;
  const { thresholds, truePositives, falsePositives, positives, negatives } = countsFromSorted(
    sortScoresByClass(options.labels, options.probabilities),
  );
  // Start from "flag nobody"; thresholds then fall, so a strict improvement is needed to move on.
  let best = -1;
  let bestCost = costFalseNegative * positives;
  for (let k = 0; k < thresholds.length; k++) {
    const cost = costFalseNegative * (positives - truePositives[k]!) + costFalsePositive * falsePositives[k]!;
    if (cost < bestCost) {
      best = k;
      bestCost = cost;
    }
  }
  const tp = best < 0 ? 0 : truePositives[best]!;
  const fp = best < 0 ? 0 : falsePositives[best]!;
  const threshold = best < 0 ? Number.POSITIVE_INFINITY : thresholds[best]!;
  return withCost(describeThreshold(threshold, { tp, fp, tn: negatives - fp, fn: positives - tp }), options);
}

/**
 * The highest threshold whose sensitivity (recall) is >= target, with its achieved sensitivity
 * and specificity: "catch at least 95% of pneumonia cases, with as few false alarms as possible".
 * Throws UndefinedMetricError when labels hold no positives.
 */
export function thresholdForSensitivity(labels: ArrayLike<number>, probabilities: ArrayLike<number>, target: number): ThresholdMetrics {
  const sorted = sortScoresByClass(labels, probabilities);
  assertFiniteNumber("target", target, { min: 0, max: 1 });
  const { thresholds, truePositives, falsePositives, positives, negatives } = countsFromSorted(sorted);
  if (positives === 0) throw new UndefinedMetricError("Sensitivity is undefined: labels contain no positives (class 1)");
  if (target === 0) return describeThreshold(Number.POSITIVE_INFINITY, { tp: 0, fp: 0, tn: negatives, fn: positives });
  // Sensitivity only grows as the threshold falls: the first distinct threshold reaching the target is the highest.
  for (let k = 0; k < thresholds.length; k++) {
    const tp = truePositives[k]!;
    if (tp / positives >= target) {
      const fp = falsePositives[k]!;
      return describeThreshold(thresholds[k]!, { tp, fp, tn: negatives - fp, fn: positives - tp });
    }
  }
  throw new Error("unreachable: the lowest threshold flags every item, so sensitivity is 1");
}
