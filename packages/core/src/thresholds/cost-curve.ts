// Expected cost of every candidate threshold, for choosing one and for a dashboard slider.
// Scores are sorted once by class; each threshold then costs two binary searches.
import { countAtOrAbove, countsFromSorted, sortScoresByClass, type SortedScores } from "../metrics/binary-curve";
import { assertFinite, assertFiniteNumber, assertNotNaN } from "../metrics/validate";
import { describeThreshold, withCost, type CostedThresholdMetrics, type Costs } from "./threshold-metrics";

export interface CostCurveOptions extends Costs {
  labels: ArrayLike<number>;
  probabilities: ArrayLike<number>;
  /** Evaluate exactly these thresholds, in this order. */
  thresholds?: ArrayLike<number>;
  /** Or evaluate gridSize evenly spaced thresholds from 0 to 1 inclusive (gridSize >= 2). */
  gridSize?: number;
}

/**
 * One row per threshold. Without `thresholds` or `gridSize`: every distinct probability plus
 * +Infinity (flag nobody), ascending; these are all the distinct operating points there are.
 */
export function costCurve(options: CostCurveOptions): CostedThresholdMetrics[] {
  checkCosts(options);
  const sorted = sortScoresByClass(options.labels, options.probabilities);
  if (options.thresholds !== undefined && options.gridSize !== undefined) {
    throw new RangeError("costCurve: give either thresholds or gridSize, not both");
  }
  if (options.thresholds !== undefined) {
    assertNotNaN("thresholds", options.thresholds);
    return Array.from(options.thresholds, (t) => rowAt(sorted, t, options));
  }
  if (options.gridSize !== undefined) {
    assertFiniteNumber("gridSize", options.gridSize, { min: 2, integer: true });
    const last = options.gridSize - 1;
    return Array.from({ length: options.gridSize }, (_, i) => rowAt(sorted, i / last, options));
  }
  return allDistinctRows(sorted, options);
}

/** All distinct operating points, ascending threshold, ending with +Infinity. */
export function allDistinctRows(sorted: SortedScores, costs: Costs): CostedThresholdMetrics[] {
  const { thresholds, truePositives, falsePositives, positives, negatives } = countsFromSorted(sorted);
  const rows: CostedThresholdMetrics[] = [];
  for (let k = thresholds.length - 1; k >= 0; k--) {
    const tp = truePositives[k]!;
    const fp = falsePositives[k]!;
    rows.push(withCost(describeThreshold(thresholds[k]!, { tp, fp, tn: negatives - fp, fn: positives - tp }), costs));
  }
  rows.push(withCost(describeThreshold(Number.POSITIVE_INFINITY, { tp: 0, fp: 0, tn: negatives, fn: positives }), costs));
  return rows;
}

function rowAt(sorted: SortedScores, threshold: number, costs: Costs): CostedThresholdMetrics {
  const tp = countAtOrAbove(sorted.positive, threshold);
  const fp = countAtOrAbove(sorted.negative, threshold);
  const counts = { tp, fp, tn: sorted.negative.length - fp, fn: sorted.positive.length - tp };
  return withCost(describeThreshold(threshold, counts), costs);
}

export function checkCosts(options: Costs & { probabilities: ArrayLike<number> }): void {
  assertFiniteNumber("costFalseNegative", options.costFalseNegative, { min: 0 });
  assertFiniteNumber("costFalsePositive", options.costFalsePositive, { min: 0 });
  assertFinite("probabilities", options.probabilities);
}
