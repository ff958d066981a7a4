// L2-regularised logistic regression on standardised features: the baseline every classifier
// must beat, and a readable one (one coefficient per feature).
//
// Objective, minimised over coefficients beta and intercept b (the intercept is not penalised):
//   f = [ sum_i w_i * logloss(y_i, b + z_i . beta) + (l2 / 2) * ||beta||^2 ] / sum_i w_i
// where z_i are the standardised features and w_i the class weight of y_i. The minimiser is
// scikit-learn's LogisticRegression(C = 1 / l2) fitted on StandardScaler output.
//
// Solvers (both deterministic):
// - "newton": Newton-Raphson / IRLS with the exact Hessian solved by Cholesky and a backtracking
//   line search; stops when max |gradient of f| <= tolerance (default 1e-10). Each step costs
//   rows * features^2, so it is the default only up to 50 features.
// - "lbfgs": L-BFGS (memory 10), one gradient costs 2 * rows * features; stops when
//   max |gradient of f| <= tolerance (default 1e-7), or on a stall (see lbfgs.ts).
// `training.converged` records whether the stopping test was met within maxIterations.
import { z } from "zod";
import { sigmoid, softplus } from "../calibration/sigmoid";
import { assertBinaryLabels, assertFiniteNumber } from "../metrics/validate";
import { choleskySolve } from "./cholesky";
import { minimizeLbfgs } from "./lbfgs";
import { toMatrix, type FeatureMatrix, type Matrix } from "./matrix";
import { fitStandardization, standardize } from "./standardize";
import { abs, max } from "../metrics/fast-math";

export type LogisticSolver = "newton" | "lbfgs";

export interface LogisticRegressionOptions {
  /** L2 penalty strength on standardised coefficients (= 1 / C in scikit-learn). Default 1. */
  l2?: number;
  /** "balanced" weighs class c by n / (2 * n_c), like scikit-learn. Default: both 1. */
  classWeight?: "balanced" | { negative: number; positive: number };
  /** Default: "newton" up to 50 features, else "lbfgs". */
  solver?: "auto" | LogisticSolver;
  /** Default 100 for newton, 1000 for lbfgs. */
  maxIterations?: number;
  /** Gradient tolerance of the stopping rule. Default 1e-10 for newton, 1e-7 for lbfgs. */
  tolerance?: number;
}

export interface LogisticRegressionModel {
  kind: "logistic-regression";
  featureCount: number;
  /** Standardisation learnt from the training features. */
  means: number[];
  scales: number[];
  /** Coefficients on standardised features: comparable across features. */
  coefficients: number[];
  intercept: number;
  training: {
    l2: number;
    classWeights: { negative: number; positive: number };
    solver: LogisticSolver;
    iterations: number;
    converged: boolean;
    /** max |gradient of f| at the solution. */
    gradientNorm: number;
  };
}

export function fitLogisticRegression(
  features: FeatureMatrix,
  labels: ArrayLike<number>,
  options: LogisticRegressionOptions = {},
): LogisticRegressionModel {
  const raw = toMatrix(features);
  if (labels.length !== raw.rows) throw new RangeError(`labels has ${labels.length} values but features has ${raw.rows} rows`);
  assertBinaryLabels("labels", labels);
  const l2 = options.l2 ?? 1;
  assertFiniteNumber("l2", l2, { min: 0 });
  let positives = 0;
  for (let i = 0; i < labels.length; i++) positives += labels[i]!;
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) {
    throw new RangeError(`labels contain only class ${positives === 0 ? 0 : 1}: logistic regression needs both classes`);
  }
  const classWeights =
    options.classWeight === "balanced"
      ? { negative: labels.length / (2 * negatives), positive: labels.length / (2 * positives) }
      : (options.classWeight ?? { negative: 1, positive: 1 });
  assertFiniteNumber("classWeight.negative", classWeights.negative, { min: 0 });
  assertFiniteNumber("classWeight.positive", classWeights.positive, { min: 0 });

  const standardization = fitStandardization(raw);
  const x = standardize(raw, standardization);
  const weights = new Float64Array(labels.length);
  for (let i = 0; i < labels.length; i++) weights[i] = labels[i] === 1 ? classWeights.positive : classWeights.negative;
  const solver: LogisticSolver = !options.solver || options.solver === "auto" ? (raw.columns <= 50 ? "newton" : "lbfgs") : options.solver;
  const problem = { x, labels, weights, l2 };
  const result =
    solver === "newton"
      ? fitNewton(problem, options.maxIterations ?? 100, options.tolerance ?? 1e-10)
      : fitLbfgs(problem, options.maxIterations ?? 1000, options.tolerance ?? 1e-7);
  const p = raw.columns;
  return {
    kind: "logistic-regression",
    featureCount: p,
    means: standardization.means,
    scales: standardization.scales,
    coefficients: Array.from(result.theta.subarray(0, p)),
    intercept: result.theta[p]!,
    training: { l2, classWeights, solver, iterations: result.iterations, converged: result.converged, gradientNorm: result.gradientNorm },
  };
}

/** Log-odds of class 1 for each row. */
export function predictLogOdds(model: LogisticRegressionModel, features: FeatureMatrix): Float64Array {
  const x = standardize(toMatrix(features), model, "logistic regression model");
  const out = new Float64Array(x.rows);
  for (let r = 0; r < x.rows; r++) {
    let m = model.intercept;
    const base = r * x.columns;
    for (let c = 0; c < x.columns; c++) m += x.data[base + c]! * model.coefficients[c]!;
    out[r] = m;
  }
  return out;
}

interface Problem {
  x: Matrix;
  labels: ArrayLike<number>;
  weights: Float64Array;
  l2: number;
}

interface Solution {
  /** Coefficients then intercept. */
  theta: Float64Array;
  iterations: number;
  converged: boolean;
  gradientNorm: number;
}

/** f and its gradient at theta (see the objective above); also leaves margins in `margins`. */
function objectiveAndGradient({ x, labels, weights, l2 }: Problem, theta: Float64Array, gradient: Float64Array, margins: Float64Array): number {
  const { data, rows, columns: p } = x;
  const intercept = theta[p]!;
  gradient.fill(0);
  let loss = 0;
  let totalWeight = 0;
  for (let r = 0; r < rows; r++) {
    const base = r * p;
    let m = intercept;
    for (let c = 0; c < p; c++) m += data[base + c]! * theta[c]!;
    margins[r] = m;
    const w = weights[r]!;
    const y = labels[r]!;
    loss += w * (softplus(m) - y * m);
    totalWeight += w;
    const residual = w * (sigmoid(m) - y);
    if (residual !== 0) {
      for (let c = 0; c < p; c++) gradient[c]! += residual * data[base + c]!;
      gradient[p]! += residual;
    }
  }
  let penalty = 0;
  for (let c = 0; c < p; c++) {
    penalty += theta[c]! * theta[c]!;
    gradient[c]! += l2 * theta[c]!;
  }
  for (let c = 0; c <= p; c++) gradient[c]! /= totalWeight;
  return (loss + 0.5 * l2 * penalty) / totalWeight;
}

function fitLbfgs(problem: Problem, maxIterations: number, tolerance: number): Solution {
  const margins = new Float64Array(problem.x.rows);
  const start = new Float64Array(problem.x.columns + 1);
  const result = minimizeLbfgs((theta, gradient) => objectiveAndGradient(problem, theta, gradient, margins), start, {
    maxIterations,
    gradientTolerance: tolerance,
  });
  return { theta: result.x, iterations: result.iterations, converged: result.converged, gradientNorm: result.gradientNorm };
}

function fitNewton(problem: Problem, maxIterations: number, tolerance: number): Solution {
  const { x, weights, l2 } = problem;
  const { data, rows, columns: p } = x;
  const size = p + 1; // coefficients, then the intercept
  let theta = new Float64Array(size);
  const gradient = new Float64Array(size);
  const trialGradient = new Float64Array(size);
  const margins = new Float64Array(rows);
  const trialMargins = new Float64Array(rows);
  let value = objectiveAndGradient(problem, theta, gradient, margins);
  let totalWeight = 0;
  for (let r = 0; r < rows; r++) totalWeight += weights[r]!;
  const row = new Float64Array(size);
  row[p] = 1;

  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const gradientNorm = maxAbs(gradient);
    if (gradientNorm <= tolerance) return { theta, iterations: iteration, converged: true, gradientNorm };
    // Hessian of f: (X~^T diag(w p (1-p)) X~ + l2 * I on coefficients) / sum w, X~ = [Z, 1].
    const hessian = new Float64Array(size * size);
    for (let r = 0; r < rows; r++) {
      const q = sigmoid(margins[r]!);
      const h = weights[r]! * q * (1 - q);
      if (h === 0) continue;
      row.set(data.subarray(r * p, r * p + p));
      for (let a = 0; a < size; a++) {
        const ha = h * row[a]!;
        if (ha === 0) continue;
        for (let b = a; b < size; b++) hessian[a * size + b]! += ha * row[b]!;
      }
    }
    for (let a = 0; a < size; a++) {
      // A constant column standardises to zeros: its gradient is 0 too, so a unit pivot gives it a zero step.
      if (hessian[a * size + a] === 0) hessian[a * size + a] = 1;
      if (a < p) hessian[a * size + a]! += l2;
      for (let b = a; b < size; b++) {
        hessian[a * size + b]! /= totalWeight;
        hessian[b * size + a] = hessian[a * size + b]!;
      }
    }
    let step: Float64Array;
    try {
      step = choleskySolve(hessian, gradient, size);
    } catch {
      // Flat directions (e.g. l2 = 0 with a constant feature): a tiny ridge keeps the step defined.
      for (let a = 0; a < size; a++) hessian[a * size + a]! += 1e-10;
      step = choleskySolve(hessian, gradient, size);
    }
    let decrement = 0;
    for (let a = 0; a < size; a++) decrement += gradient[a]! * step[a]!;
    let t = 1;
    let trial = new Float64Array(size);
    let trialValue = Infinity;
    for (let tries = 0; tries < 60; tries++) {
      for (let a = 0; a < size; a++) trial[a] = theta[a]! - t * step[a]!;
      trialValue = objectiveAndGradient(problem, trial, trialGradient, trialMargins);
      if (trialValue <= value - 1e-4 * t * decrement) break;
      t /= 2;
    }
    if (!(trialValue <= value)) return { theta, iterations: iteration, converged: false, gradientNorm };
    [theta, trial] = [trial, theta];
    gradient.set(trialGradient);
    margins.set(trialMargins);
    const improvement = value - trialValue;
    value = trialValue;
    if (improvement <= 1e-15 * max(1, abs(value))) {
      const norm = maxAbs(gradient);
      return { theta, iterations: iteration + 1, converged: norm <= tolerance, gradientNorm: norm };
    }
  }
  const gradientNorm = maxAbs(gradient);
  return { theta, iterations: maxIterations, converged: gradientNorm <= tolerance, gradientNorm };
}

function maxAbs(values: Float64Array): number {
  let largest = 0;
  for (const v of values) largest = max(largest, abs(v));
  return largest;
}

const finite = z.number().refine(Number.isFinite, "expected a finite number");

export const logisticRegressionSchema = z
  .object({
    kind: z.literal("logistic-regression"),
    featureCount: z.number().int().positive(),
    means: z.array(finite),
    scales: z.array(finite.refine((v) => v > 0, "expected > 0")),
    coefficients: z.array(finite),
    intercept: finite,
    training: z.object({
      l2: finite,
      classWeights: z.object({ negative: finite, positive: finite }),
      solver: z.enum(["newton", "lbfgs"]),
      iterations: z.number().int().nonnegative(),
      converged: z.boolean(),
      gradientNorm: z.number(),
    }),
  })
  .refine(
    (m) => m.means.length === m.featureCount && m.scales.length === m.featureCount && m.coefficients.length === m.featureCount,
    "means, scales and coefficients must each have featureCount entries",
  );
