// Isotonic regression by pool-adjacent-violators (PAV): the best non-decreasing step function
// in least squares. Used as a calibrator it maps scores to observed positive rates without
// assuming a sigmoid shape (needs more data than Platt: roughly a thousand or more points).
// Fitted knots and prediction follow scikit-learn's IsotonicRegression(out_of_bounds="clip"):
// equal scores are merged first (weighted mean target), prediction interpolates linearly between
// knots and clips outside the fitted score range.
import { assertFinite, assertNonEmpty, assertSameLength } from "../metrics/validate";
import { isNaNValue } from "../metrics/fast-math";

export interface IsotonicParams {
  /** Knot scores, strictly increasing. */
  x: number[];
  /** Fitted values at the knots, non-decreasing. */
  y: number[];
}

export function fitIsotonic(scores: ArrayLike<number>, targets: ArrayLike<number>): IsotonicParams {
  assertNonEmpty("scores", scores);
  assertSameLength("scores", scores, "targets", targets);
  assertFinite("scores", scores);
  assertFinite("targets", targets);
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);

  // Merge equal scores: one point per distinct score, weight = how many items share it.
  const xs: number[] = [];
  const sums: number[] = [];
  const weights: number[] = [];
  for (const i of order) {
    const s = scores[i]!;
    if (xs.length > 0 && xs[xs.length - 1] === s) {
      sums[sums.length - 1]! += targets[i]!;
      weights[weights.length - 1]!++;
    } else {
      xs.push(s);
      sums.push(targets[i]!);
      weights.push(1);
    }
  }

  // PAV: a stack of blocks; whenever a block's mean falls below its predecessor's, pool them.
  const blockSum: number[] = [];
  const blockWeight: number[] = [];
  const blockSize: number[] = [];
  for (let j = 0; j < xs.length; j++) {
    blockSum.push(sums[j]!);
    blockWeight.push(weights[j]!);
    blockSize.push(1);
    while (blockSum.length > 1) {
      const last = blockSum.length - 1;
      if (blockSum[last - 1]! / blockWeight[last - 1]! <= blockSum[last]! / blockWeight[last]!) break;
      blockSum[last - 1]! += blockSum[last]!;
      blockWeight[last - 1]! += blockWeight[last]!;
      blockSize[last - 1]! += blockSize[last]!;
      blockSum.pop();
      blockWeight.pop();
      blockSize.pop();
    }
  }
  const fitted: number[] = [];
  for (let b = 0; b < blockSum.length; b++) {
    const mean = blockSum[b]! / blockWeight[b]!;
    for (let k = 0; k < blockSize[b]!; k++) fitted.push(mean);
  }

  // Keep the first and last point and the ends of each flat block: interior points change nothing.
  const x: number[] = [];
  const y: number[] = [];
  for (let j = 0; j < xs.length; j++) {
    const interior = j > 0 && j < xs.length - 1 && fitted[j] === fitted[j - 1] && fitted[j] === fitted[j + 1];
    if (!interior) {
      x.push(xs[j]!);
      y.push(fitted[j]!);
    }
  }
  return { x, y };
}

export function applyIsotonic({ x, y }: IsotonicParams, scores: ArrayLike<number>): Float64Array {
  const out = new Float64Array(scores.length);
  const last = x.length - 1;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (isNaNValue(s)) throw new RangeError(`scores[${i}] = NaN: expected a number`);
    if (s <= x[0]!) out[i] = y[0]!;
    else if (s >= x[last]!) out[i] = y[last]!;
    else {
      // Largest knot index j with x[j] <= s (so x[j] <= s < x[j + 1]).
      let lo = 0;
      let hi = last;
      while (hi - lo > 1) {
        const mid = (lo + hi) >>> 1;
        if (x[mid]! <= s) lo = mid;
        else hi = mid;
      }
      const slope = (y[hi]! - y[lo]!) / (x[hi]! - x[lo]!);
      out[i] = slope * (s - x[lo]!) + y[lo]!;
    }
  }
  return out;
}
