// Everything a decision-maker needs to know about one operating threshold. Convention used
// across thresholds/: an item is flagged (predicted positive) when probability >= threshold;
// threshold +Infinity flags nobody. Rates with a zero denominator are NaN (see metrics/confusion).
import { classificationRates, confusionAtThreshold, type ClassificationRates, type ConfusionCounts } from "../metrics/confusion";

export interface ThresholdMetrics extends ConfusionCounts, ClassificationRates {
  threshold: number;
  /** Items flagged: tp + fp. */
  alerts: number;
  /** Items flagged per 1,000 scored: the workload a threshold creates. */
  alertsPer1000: number;
}

export interface CostedThresholdMetrics extends ThresholdMetrics {
  /** Total cost over the given items: costFalseNegative * fn + costFalsePositive * fp. */
  cost: number;
  /** Expected cost per item scored: cost / n. */
  costPerItem: number;
}

export interface Costs {
  /** Cost of missing a positive (e.g. the fraud amount lost). Finite, >= 0. */
  costFalseNegative: number;
  /** Cost of flagging a negative (e.g. an analyst's review time). Finite, >= 0. */
  costFalsePositive: number;
}

export function describeThreshold(threshold: number, counts: ConfusionCounts): ThresholdMetrics {
  const n = counts.tp + counts.fp + counts.tn + counts.fn;
  const alerts = counts.tp + counts.fp;
  return { threshold, ...counts, ...classificationRates(counts), alerts, alertsPer1000: (1000 * alerts) / n };
}

export function withCost(metrics: ThresholdMetrics, { costFalseNegative, costFalsePositive }: Costs): CostedThresholdMetrics {
  const n = metrics.tp + metrics.fp + metrics.tn + metrics.fn;
  const cost = costFalseNegative * metrics.fn + costFalsePositive * metrics.fp;
  return { ...metrics, cost, costPerItem: cost / n };
}

/** Counts, rates and workload when flagging probability >= threshold. */
export function metricsAtThreshold(labels: ArrayLike<number>, probabilities: ArrayLike<number>, threshold: number): ThresholdMetrics {
  return describeThreshold(threshold, confusionAtThreshold(labels, probabilities, threshold));
}
