// Confusion counts and the rates derived from them. A rate whose denominator is zero (e.g.
// precision when nothing is flagged) is NaN rather than 0: "no information" must not look like
// "always wrong". Note JSON.stringify turns NaN into null.
import { assertBinaryLabels, assertNonEmpty, assertNotNaN, assertSameLength } from "./validate";

export interface ConfusionCounts {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export interface ClassificationRates {
  accuracy: number;
  /** tp / (tp + fp); NaN when nothing is predicted positive. */
  precision: number;
  /** tp / (tp + fn), the same as sensitivity; NaN when there are no positives. */
  recall: number;
  sensitivity: number;
  /** tn / (tn + fp); NaN when there are no negatives. */
  specificity: number;
  /** fp / (fp + tn) = 1 - specificity; NaN when there are no negatives. */
  falsePositiveRate: number;
  /** 2tp / (2tp + fp + fn), the harmonic mean of precision and recall; NaN only when tp + fp + fn = 0. */
  f1: number;
}

/** Counts from hard 0/1 predictions (class 1 is positive). */
export function confusionMatrix(labels: ArrayLike<number>, predicted: ArrayLike<number>): ConfusionCounts {
  assertNonEmpty("labels", labels);
  assertSameLength("labels", labels, "predicted", predicted);
  assertBinaryLabels("labels", labels);
  assertBinaryLabels("predicted", predicted);
  const counts = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (let i = 0; i < labels.length; i++) {
    if (predicted[i] === 1) {
      if (labels[i] === 1) counts.tp++;
      else counts.fp++;
    } else if (labels[i] === 1) counts.fn++;
    else counts.tn++;
  }
  return counts;
}

/** Counts when predicting positive for score >= threshold. */
export function confusionAtThreshold(labels: ArrayLike<number>, scores: ArrayLike<number>, threshold: number): ConfusionCounts {
  assertNonEmpty("labels", labels);
  assertSameLength("labels", labels, "scores", scores);
  assertBinaryLabels("labels", labels);
  assertNotNaN("scores", scores);
  if (Number.isNaN(threshold)) throw new RangeError("threshold is NaN: expected a number");
  const counts = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (let i = 0; i < labels.length; i++) {
    if (scores[i]! >= threshold) {
      if (labels[i] === 1) counts.tp++;
      else counts.fp++;
    } else if (labels[i] === 1) counts.fn++;
    else counts.tn++;
  }
  return counts;
}

export function classificationRates({ tp, fp, tn, fn }: ConfusionCounts): ClassificationRates {
  const recall = ratio(tp, tp + fn);
  const specificity = ratio(tn, tn + fp);
  return {
    accuracy: ratio(tp + tn, tp + fp + tn + fn),
    precision: ratio(tp, tp + fp),
    recall,
    sensitivity: recall,
    specificity,
    falsePositiveRate: ratio(fp, fp + tn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
  };
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? Number.NaN : numerator / denominator;
}
