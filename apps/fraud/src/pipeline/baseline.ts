// The plain benchmark the network must beat: L2 logistic regression on the columns a textbook model reads
// (V1..V28, log amount, and time of day when used), trained on the same rows with the same class weighting,
// and calibrated the same way (Platt scaling on out-of-fold scores, see train.ts).
import { applyPlatt, fitLogisticRegression, predictLogOdds, type LogisticRegressionModel, type PlattParams } from "@verticals/core";
import { selectColumns, type FeatureSpec } from "./features";

export interface BaselineModel {
  kind: "logistic-regression";
  regression: LogisticRegressionModel;
  platt: PlattParams;
}

/** scikit-learn's C = 1. */
export const BASELINE_L2 = 1;

export function fitBaselineRegression(spec: FeatureSpec, matrix: Float32Array, labels: Uint8Array): LogisticRegressionModel {
  const columns = spec.baselineColumns.length;
  const x = selectColumns(matrix, spec.names.length, spec.baselineColumns);
  return fitLogisticRegression({ data: x, rows: labels.length, columns }, labels, { l2: BASELINE_L2, classWeight: "balanced" });
}

/** Uncalibrated log-odds (what the blend uses). */
export function baselineLogOdds(regression: LogisticRegressionModel, spec: FeatureSpec, matrix: Float32Array): Float64Array {
  const width = spec.names.length;
  const rows = matrix.length / width;
  if (rows === 0) return new Float64Array(0);
  const x = selectColumns(matrix, width, spec.baselineColumns);
  return predictLogOdds(regression, { data: x, rows, columns: spec.baselineColumns.length });
}

/** Calibrated fraud probabilities. */
export function baselineProbabilities(model: BaselineModel, spec: FeatureSpec, matrix: Float32Array): Float64Array {
  return applyPlatt(model.platt, baselineLogOdds(model.regression, spec, matrix));
}
