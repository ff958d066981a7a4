// The baseline every CNN result is compared with: L2 logistic regression on the 784 raw pixels
// (core's implementation, standardised features), its penalty chosen on `val` like the CNN's epochs.
import { fitLogisticRegression, predictLogOdds, rocAuc, type LogisticRegressionModel } from "@verticals/core";
import { PIXELS } from "./preprocess";
import type { LabelledInputs } from "./train";

export const BASELINE_L2_GRID = [1, 10, 100, 1000];

export interface TrainedBaseline {
  model: LogisticRegressionModel;
  l2: number;
  valAuc: number;
  seconds: number;
}

export function trainBaseline(train: LabelledInputs, val: LabelledInputs, grid: number[] = BASELINE_L2_GRID): TrainedBaseline {
  const started = performance.now();
  const features = { data: train.input, rows: train.labels.length, columns: PIXELS };
  let best: { model: LogisticRegressionModel; l2: number; valAuc: number } | undefined;
  for (const l2 of grid) {
    const model = fitLogisticRegression(features, train.labels, { l2, solver: "lbfgs", maxIterations: 300, tolerance: 1e-5 });
    const valAuc = rocAuc(val.labels, baselineLogOdds(model, val.input));
    if (!best || valAuc > best.valAuc) best = { model, l2, valAuc };
  }
  return { ...best!, seconds: (performance.now() - started) / 1000 };
}

export function baselineLogOdds(model: LogisticRegressionModel, input: Float32Array): Float64Array {
  return predictLogOdds(model, { data: input, rows: input.length / PIXELS, columns: PIXELS });
}
