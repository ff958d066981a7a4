// The counting core behind ROC, PR, recall@FPR and threshold tables.
// Positives' and negatives' scores are sorted separately (radix sort on the values, far faster
// than sorting an index array with a comparator), then merged from the top: each
// distinct score is one threshold, and tied scores enter together, which makes every curve
// built on this exact under ties (no arbitrary tie-breaking by input order).
import { sortFloat64 } from "./sort-float64";
import { assertLabelsAndScores } from "./validate";
import { max } from "./fast-math";

/** Cumulative counts at each distinct threshold t (predict positive when score >= t), t descending. */
export interface BinaryCurveCounts {
  /** Distinct scores, strictly decreasing. */
  thresholds: Float64Array;
  /** True positives when predicting positive for score >= thresholds[k]. */
  truePositives: Float64Array;
  /** False positives when predicting positive for score >= thresholds[k]. */
  falsePositives: Float64Array;
  positives: number;
  negatives: number;
}

/** Scores split by class, each sorted ascending. Built once, queried many times. */
export interface SortedScores {
  positive: Float64Array;
  negative: Float64Array;
}

export function sortScoresByClass(labels: ArrayLike<number>, scores: ArrayLike<number>): SortedScores {
  assertLabelsAndScores(labels, scores);
  let positives = 0;
  for (let i = 0; i < labels.length; i++) positives += labels[i]!;
  const positive = new Float64Array(positives);
  const negative = new Float64Array(labels.length - positives);
  let p = 0;
  let n = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === 1) positive[p++] = scores[i]!;
    else negative[n++] = scores[i]!;
  }
  sortFloat64(positive);
  sortFloat64(negative);
  return { positive, negative };
}

/** Number of values >= threshold in an ascending array (binary search for the first such value). */
export function countAtOrAbove(sortedAscending: Float64Array, threshold: number): number {
  let lo = 0;
  let hi = sortedAscending.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedAscending[mid]! < threshold) lo = mid + 1;
    else hi = mid;
  }
  return sortedAscending.length - lo;
}

/** Number of values > threshold in an ascending array. */
export function countAbove(sortedAscending: Float64Array, threshold: number): number {
  let lo = 0;
  let hi = sortedAscending.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedAscending[mid]! <= threshold) lo = mid + 1;
    else hi = mid;
  }
  return sortedAscending.length - lo;
}

export function binaryCurveCounts(labels: ArrayLike<number>, scores: ArrayLike<number>): BinaryCurveCounts {
  return countsFromSorted(sortScoresByClass(labels, scores));
}

export function countsFromSorted({ positive, negative }: SortedScores): BinaryCurveCounts {
  const capacity = positive.length + negative.length;
  const thresholds = new Float64Array(capacity);
  const truePositives = new Float64Array(capacity);
  const falsePositives = new Float64Array(capacity);
  let p = positive.length - 1;
  let n = negative.length - 1;
  let tp = 0;
  let fp = 0;
  let k = 0;
  while (p >= 0 || n >= 0) {
    const top = p < 0 ? negative[n]! : n < 0 ? positive[p]! : max(positive[p]!, negative[n]!);
    // `===` groups -0 with +0, matching numeric comparison.
    while (p >= 0 && positive[p] === top) {
      tp++;
      p--;
    }
    while (n >= 0 && negative[n] === top) {
      fp++;
      n--;
    }
    thresholds[k] = top;
    truePositives[k] = tp;
    falsePositives[k] = fp;
    k++;
  }
  return {
    thresholds: thresholds.slice(0, k),
    truePositives: truePositives.slice(0, k),
    falsePositives: falsePositives.slice(0, k),
    positives: positive.length,
    negatives: negative.length,
  };
}
