// Limited-memory BFGS (Nocedal & Wright, Algorithm 7.4/7.5) for smooth convex objectives with
// many parameters, where forming a Hessian is too costly (784 pixels: a Newton step would cost
// n * 784^2 multiply-adds). Deterministic: no randomness, fixed memory, backtracking line search.
//
// Stopping rule: converged when max_j |gradient_j| <= gradientTolerance. It also stops when a
// step lowers the objective by less than 1e-15 relative (further steps would only chase rounding)
// or after maxIterations; `converged` then reports whether the gradient test holds.
import { abs, max, sqrt } from "../metrics/fast-math";

/** Writes the gradient at x into `gradient` and returns the objective at x. */
export type ObjectiveWithGradient = (x: Float64Array, gradient: Float64Array) => number;

export interface LbfgsOptions {
  maxIterations: number;
  gradientTolerance: number;
  /** Correction pairs kept. Default 10. */
  memory?: number;
}

export interface LbfgsResult {
  x: Float64Array;
  value: number;
  iterations: number;
  converged: boolean;
  /** max |gradient| at the returned point. */
  gradientNorm: number;
}

export function minimizeLbfgs(objective: ObjectiveWithGradient, start: Float64Array, options: LbfgsOptions): LbfgsResult {
  const n = start.length;
  const memory = options.memory ?? 10;
  let x = Float64Array.from(start);
  let gradient = new Float64Array(n);
  let value = objective(x, gradient);
  const sHistory: Float64Array[] = [];
  const yHistory: Float64Array[] = [];
  const rhoHistory: number[] = [];
  const alpha = new Float64Array(memory);
  const direction = new Float64Array(n);
  let nextX = new Float64Array(n);
  let nextGradient = new Float64Array(n);

  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    const gradientNorm = maxAbs(gradient);
    if (gradientNorm <= options.gradientTolerance) return { x, value, iterations: iteration, converged: true, gradientNorm };

    // Two-loop recursion: direction = -H * gradient with H the L-BFGS inverse-Hessian estimate.
    for (let j = 0; j < n; j++) direction[j] = -gradient[j]!;
    for (let m = sHistory.length - 1; m >= 0; m--) {
      alpha[m] = rhoHistory[m]! * dot(sHistory[m]!, direction);
      axpy(-alpha[m]!, yHistory[m]!, direction);
    }
    if (sHistory.length > 0) {
      const last = sHistory.length - 1;
      scale(dot(sHistory[last]!, yHistory[last]!) / dot(yHistory[last]!, yHistory[last]!), direction);
    } else {
      // First step: unit length along steepest descent, so the line search starts at a sane scale.
      scale(1 / max(1e-300, sqrt(dot(gradient, gradient))), direction);
    }
    for (let m = 0; m < sHistory.length; m++) {
      const beta = rhoHistory[m]! * dot(yHistory[m]!, direction);
      axpy(alpha[m]! - beta, sHistory[m]!, direction);
    }
    let slope = dot(gradient, direction);
    if (!(slope < 0)) {
      // Curvature information went stale: restart from steepest descent.
      sHistory.length = yHistory.length = rhoHistory.length = 0;
      for (let j = 0; j < n; j++) direction[j] = -gradient[j]!;
      slope = dot(gradient, direction);
    }

    // Backtracking (Armijo) line search from the full quasi-Newton step.
    let step = 1;
    let nextValue = Infinity;
    for (let tries = 0; tries < 60; tries++) {
      for (let j = 0; j < n; j++) nextX[j] = x[j]! + step * direction[j]!;
      nextValue = objective(nextX, nextGradient);
      if (nextValue <= value + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextValue <= value)) return { x, value, iterations: iteration, converged: false, gradientNorm }; // no descent possible

    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      s[j] = nextX[j]! - x[j]!;
      y[j] = nextGradient[j]! - gradient[j]!;
    }
    const sy = dot(s, y);
    if (sy > 1e-12 * sqrt(dot(s, s) * dot(y, y))) {
      if (sHistory.length === memory) {
        sHistory.shift();
        yHistory.shift();
        rhoHistory.shift();
      }
      sHistory.push(s);
      yHistory.push(y);
      rhoHistory.push(1 / sy);
    }
    const improvement = value - nextValue;
    [x, nextX] = [nextX, x];
    [gradient, nextGradient] = [nextGradient, gradient];
    value = nextValue;
    if (improvement <= 1e-15 * max(1, abs(value))) {
      const norm = maxAbs(gradient);
      return { x, value, iterations: iteration + 1, converged: norm <= options.gradientTolerance, gradientNorm: norm };
    }
  }
  const gradientNorm = maxAbs(gradient);
  return { x, value, iterations: options.maxIterations, converged: gradientNorm <= options.gradientTolerance, gradientNorm };
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let j = 0; j < a.length; j++) sum += a[j]! * b[j]!;
  return sum;
}

function axpy(factor: number, x: Float64Array, y: Float64Array): void {
  for (let j = 0; j < y.length; j++) y[j]! += factor * x[j]!;
}

function scale(factor: number, x: Float64Array): void {
  for (let j = 0; j < x.length; j++) x[j]! *= factor;
}

function maxAbs(x: Float64Array): number {
  let largest = 0;
  for (let j = 0; j < x.length; j++) largest = max(largest, abs(x[j]!));
  return largest;
}
