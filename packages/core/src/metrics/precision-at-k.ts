// Precision@k: the share of true positives among the k highest-scored items (an analyst's
// daily review queue of k cases). When the k-th place falls inside a group of tied scores, the
// tied group fills the remaining slots in proportion: the result is the expected precision
// under a random order of ties, so it never depends on input order.
import { countAbove, countAtOrAbove, sortScoresByClass } from "./binary-curve";
import { assertFiniteNumber } from "./validate";

export function precisionAtK(labels: ArrayLike<number>, scores: ArrayLike<number>, k: number): number {
  const { positive, negative } = sortScoresByClass(labels, scores);
  assertFiniteNumber("k", k, { min: 1, max: labels.length, integer: true });
  // The k-th highest score overall: walk the two sorted arrays from the top.
  let p = positive.length - 1;
  let n = negative.length - 1;
  let kth = 0;
  for (let taken = 0; taken < k; taken++) {
    if (n < 0 || (p >= 0 && positive[p]! >= negative[n]!)) kth = positive[p--]!;
    else kth = negative[n--]!;
  }
  const posAbove = countAbove(positive, kth);
  const negAbove = countAbove(negative, kth);
  const posTied = countAtOrAbove(positive, kth) - posAbove;
  const negTied = countAtOrAbove(negative, kth) - negAbove;
  const slots = k - posAbove - negAbove;
  return (posAbove + (slots * posTied) / (posTied + negTied)) / k;
}
