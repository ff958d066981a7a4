// Ridge (L2-regularised least squares) regression on standardised features, solved in closed
// form: the regression baseline (e.g. remaining useful life, daily demand).
//
// Minimises  sum_i (y_i - b - z_i . beta)^2 + l2 * ||beta||^2  (intercept b not penalised), z_i the
// standardised features; the same as scikit-learn's Ridge(alpha = l2) on StandardScaler output.
// Standardised columns have mean 0, so b = mean(y) and beta solves (Z^T Z + l2 I) beta = Z^T (y - mean y),
// done by Cholesky. Exact, no iterations; cost rows * features^2 / 2 + features^3 / 6.
import { z } from "zod";
import { assertFinite, assertFiniteNumber } from "../metrics/validate";
import { choleskySolve } from "./cholesky";
import { toMatrix, type FeatureMatrix } from "./matrix";
import { fitStandardization, standardize } from "./standardize";

export interface RidgeRegressionOptions {
  /** Penalty on standardised coefficients (scikit-learn's alpha). Default 1; 0 is ordinary least squares. */
  l2?: number;
}

export interface RidgeRegressionModel {
  kind: "ridge-regression";
  featureCount: number;
  means: number[];
  scales: number[];
  /** Coefficients on standardised features. */
  coefficients: number[];
  intercept: number;
  training: { l2: number };
}

export function fitRidgeRegression(features: FeatureMatrix, targets: ArrayLike<number>, options: RidgeRegressionOptions = {}): RidgeRegressionModel {
  const raw = toMatrix(features);
  if (targets.length !== raw.rows) throw new RangeError(`targets has ${targets.length} values but features has ${raw.rows} rows`);
  assertFinite("targets", targets);
  const l2 = options.l2 ?? 1;
  assertFiniteNumber("l2", l2, { min: 0 });
  const standardization = fitStandardization(raw);
  const { data, rows, columns: p } = standardize(raw, standardization);

  let mean = 0;
  for (let i = 0; i < rows; i++) mean += targets[i]!;
  mean /= rows;
  const gram = new Float64Array(p * p);
  const rhs = new Float64Array(p);
  for (let r = 0; r < rows; r++) {
    const base = r * p;
    const centred = targets[r]! - mean;
    for (let a = 0; a < p; a++) {
      const za = data[base + a]!;
      if (za === 0) continue; // constant columns standardise to all zeros
      rhs[a]! += za * centred;
      for (let b = a; b < p; b++) gram[a * p + b]! += za * data[base + b]!;
    }
  }
  for (let a = 0; a < p; a++) {
    // A constant column standardises to zeros: pin its coefficient to 0 (the minimum-norm answer) even when l2 = 0.
    if (gram[a * p + a] === 0) gram[a * p + a] = 1;
    gram[a * p + a]! += l2;
    for (let b = a + 1; b < p; b++) gram[b * p + a] = gram[a * p + b]!;
  }
  let beta: Float64Array;
  try {
    beta = choleskySolve(gram, rhs, p);
  } catch (error) {
    throw new RangeError(
      `ridge regression: the normal equations are singular (${(error as Error).message}); features are collinear or constant, use l2 > 0`,
    );
  }
  return {
    kind: "ridge-regression",
    featureCount: p,
    means: standardization.means,
    scales: standardization.scales,
    coefficients: Array.from(beta),
    intercept: mean,
    training: { l2 },
  };
}

export function predictRidge(model: RidgeRegressionModel, features: FeatureMatrix): Float64Array {
  const x = standardize(toMatrix(features), model, "ridge regression model");
  const out = new Float64Array(x.rows);
  for (let r = 0; r < x.rows; r++) {
    let v = model.intercept;
    const base = r * x.columns;
    for (let c = 0; c < x.columns; c++) v += x.data[base + c]! * model.coefficients[c]!;
    out[r] = v;
  }
  return out;
}

const finite = z.number().refine(Number.isFinite, "expected a finite number");

export const ridgeRegressionSchema = z
  .object({
    kind: z.literal("ridge-regression"),
    featureCount: z.number().int().positive(),
    means: z.array(finite),
    scales: z.array(finite.refine((v) => v > 0, "expected > 0")),
    coefficients: z.array(finite),
    intercept: finite,
    training: z.object({ l2: finite }),
  })
  .refine(
    (m) => m.means.length === m.featureCount && m.scales.length === m.featureCount && m.coefficients.length === m.featureCount,
    "means, scales and coefficients must each have featureCount entries",
  );
