// Platt scaling: p = sigmoid(slope * score + intercept), fitted by maximum likelihood.
// Two parameters, so Newton's method with the exact 2x2 Hessian converges in a handful of steps;
// a backtracking line search keeps every step a descent step.
// Sign convention: scikit-learn's _SigmoidCalibration stores a_ = -slope, b_ = -intercept.
import { assertFinite, assertLabelsAndScores, UndefinedMetricError } from "../metrics/validate";
import { sigmoid, softplus } from "./sigmoid";
import { abs, log, max, min } from "../metrics/fast-math";

export interface PlattParams {
  slope: number;
  intercept: number;
}

export interface PlattOptions {
  /**
   * Platt's (1999) target smoothing: fit to (N+ + 1) / (N+ + 2) for positives and 1 / (N- + 2)
   * for negatives instead of 1 / 0. Guards against over-confidence on small calibration sets and
   * keeps the fit finite when the scores separate the classes. scikit-learn's
   * CalibratedClassifierCV(method="sigmoid") does this. Default true.
   */
  targetSmoothing?: boolean;
  /** Newton iterations before giving up with an error. Default 100. */
  maxIterations?: number;
}

export function fitPlatt(scores: ArrayLike<number>, labels: ArrayLike<number>, options: PlattOptions = {}): PlattParams {
  assertLabelsAndScores(labels, scores);
  assertFinite("scores", scores);
  const smoothing = options.targetSmoothing ?? true;
  const maxIterations = options.maxIterations ?? 100;
  const n = labels.length;
  let positives = 0;
  let minPos = Infinity;
  let maxPos = -Infinity;
  let minNeg = Infinity;
  let maxNeg = -Infinity;
  for (let i = 0; i < n; i++) {
    const s = scores[i]!;
    if (labels[i] === 1) {
      positives++;
      minPos = min(minPos, s);
      maxPos = max(maxPos, s);
    } else {
      minNeg = min(minNeg, s);
      maxNeg = max(maxNeg, s);
    }
  }
  const negatives = n - positives;
  if (!smoothing) {
    if (positives === 0 || negatives === 0) {
      throw new UndefinedMetricError("Platt scaling without target smoothing needs both classes in labels");
    }
    // With hard 0/1 targets the likelihood keeps improving as |slope| grows when scores separate the classes.
    if (maxNeg <= minPos || maxPos <= minNeg) {
      throw new UndefinedMetricError(
        "Platt scaling without target smoothing has no finite fit: the scores separate the classes perfectly; use targetSmoothing: true",
      );
    }
  }
  const targetPos = smoothing ? (positives + 1) / (positives + 2) : 1;
  const targetNeg = smoothing ? 1 / (negatives + 2) : 0;
  const target = (i: number) => (labels[i] === 1 ? targetPos : targetNeg);

  if (min(minPos, minNeg) === max(maxPos, maxNeg)) {
    // Every score is the same: the slope is not identifiable; the best constant is the mean target.
    const mean = (positives * targetPos + negatives * targetNeg) / n;
    return { slope: 0, intercept: log(mean / (1 - mean)) };
  }

  const loss = (slope: number, intercept: number) => {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const z = slope * scores[i]! + intercept;
      sum += softplus(z) - target(i) * z;
    }
    return sum;
  };

  // Platt's starting point: slope 0, intercept at the smoothed log prior odds.
  let slope = 0;
  let intercept = log((positives + 1) / (negatives + 1));
  let current = loss(slope, intercept);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let gA = 0;
    let gB = 0;
    let hAA = 0;
    let hAB = 0;
    let hBB = 0;
    for (let i = 0; i < n; i++) {
      const s = scores[i]!;
      const p = sigmoid(slope * s + intercept);
      const r = p - target(i);
      const w = p * (1 - p);
      gA += r * s;
      gB += r;
      hAA += w * s * s;
      hAB += w * s;
      hBB += w;
    }
    const det = hAA * hBB - hAB * hAB;
    if (!(det > 0)) throw new Error(`Platt scaling: Hessian became singular at iteration ${iteration} (scores nearly constant?)`);
    const stepA = -(hBB * gA - hAB * gB) / det;
    const stepB = -(hAA * gB - hAB * gA) / det;
    // Newton decrement: the predicted loss reduction; below 1e-20 (relative) nothing more is to be had.
    const decrement = -(gA * stepA + gB * stepB);
    if (decrement <= 1e-20 * max(1, abs(current))) return { slope, intercept };
    // Backtracking: halve the step until it achieves a quarter of the predicted decrease.
    let t = 1;
    let next = loss(slope + stepA, intercept + stepB);
    while (next > current - 0.25 * t * decrement) {
      t /= 2;
      if (t < 1e-10) return { slope, intercept }; // no further progress possible in floating point
      next = loss(slope + t * stepA, intercept + t * stepB);
    }
    slope += t * stepA;
    intercept += t * stepB;
    const improvement = current - next;
    current = next;
    if (improvement <= 1e-15 * max(1, abs(current))) return { slope, intercept };
  }
  throw new Error(`Platt scaling did not converge in ${maxIterations} Newton iterations`);
}

export function applyPlatt({ slope, intercept }: PlattParams, scores: ArrayLike<number>): Float64Array {
  const out = new Float64Array(scores.length);
  for (let i = 0; i < scores.length; i++) out[i] = sigmoid(slope * scores[i]! + intercept);
  return out;
}
