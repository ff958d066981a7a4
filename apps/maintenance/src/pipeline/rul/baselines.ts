// The plain predictors the RUL model must beat, fitted on the same training windows: a constant (the mean
// capped RUL of the training windows) and a ridge regression on per-sensor window summaries (last value, mean,
// least-squares slope): a linear model that can see a trend, but only a straight one. The ridge reads the
// z-scored sensors (and the age when the model has it), not the change-from-baseline channels: those made it worse
// on validation engines (a baseline is meant to be a fair, plain reference, not a weakened one).
import { fitMeanRegressor, fitRidgeRegression, predictRegression, type MeanRegressorModel, type RidgeRegressionModel } from "@verticals/core";
import type { Windows } from "./windowing";

export interface RulBaselines {
  mean: MeanRegressorModel;
  linear: RidgeRegressionModel;
  /** Input channels the ridge reads (absent: all). */
  channels?: number[];
}

/** Per window: last value, mean and slope of each listed channel (default: all; 3 x channels columns), row-major. */
export function windowSummaries(w: Windows, channels?: readonly number[]): { data: Float64Array; rows: number; columns: number } {
  const W = w.window;
  const picked = channels ?? Array.from({ length: w.features }, (_, j) => j);
  const F = picked.length;
  const columns = 3 * F;
  const data = new Float64Array(w.count * columns);
  const tMean = (W - 1) / 2;
  let tVar = 0;
  for (let k = 0; k < W; k++) tVar += (k - tMean) * (k - tMean);
  for (let i = 0; i < w.count; i++) {
    const base = i * W * w.features;
    for (let j = 0; j < F; j++) {
      const c = picked[j]!;
      let sum = 0;
      for (let k = 0; k < W; k++) sum += w.x[base + k * w.features + c]!;
      const mean = sum / W;
      let cov = 0;
      for (let k = 0; k < W; k++) cov += (k - tMean) * (w.x[base + k * w.features + c]! - mean);
      data[i * columns + j] = w.x[base + (W - 1) * w.features + c]!;
      data[i * columns + F + j] = mean;
      data[i * columns + 2 * F + j] = cov / tVar;
    }
  }
  return { data, rows: w.count, columns };
}

export function fitRulBaselines(train: Windows, l2: number, channels?: readonly number[]): RulBaselines {
  return {
    mean: fitMeanRegressor(train.y),
    linear: fitRidgeRegression(windowSummaries(train, channels), train.y, { l2 }),
    ...(channels ? { channels: [...channels] } : {}),
  };
}

/** Both baselines' RUL for some windows, clipped to [0, cap] like the model's output. */
export function predictRulBaselines(baselines: RulBaselines, w: Windows, cap: number): { mean: Float64Array; linear: Float64Array } {
  const clip = (v: number) => (v < 0 ? 0 : v > cap ? cap : v);
  return {
    mean: new Float64Array(w.count).fill(baselines.mean.value),
    linear: predictRegression(baselines.linear, windowSummaries(w, baselines.channels)).map(clip),
  };
}
