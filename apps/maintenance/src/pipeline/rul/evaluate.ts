// Scores RUL predictions at the last observed cycle of engines cut short (the official test, or held-out
// engines cut the same way): RMSE and NASA's score for the model and both baselines, and how often the true
// RUL falls inside the uncertainty band.
import { cmapssScore, intervalCoverage, mae, meanIntervalWidth, rmse } from "@verticals/core";
import type { RulConfig } from "../config";
import { predictRulBaselines } from "./baselines";
import type { Engine } from "./engines";
import { inputFeatures, normaliseEngine } from "./normalise";
import { ensemblePredict, type RulTrainingResult } from "./train";
import { rulDistribution } from "./uncertainty";
import { lastWindows } from "./windowing";

export interface RegressionMetrics {
  rmse: number;
  nasa_score: number;
  mae: number;
}

export interface RulEvaluation extends RegressionMetrics {
  engines: number;
  coverage80: number;
  coverage90: number;
  width80: number;
  baselines: { mean: RegressionMetrics; linear: RegressionMetrics };
  /** Each ensemble member alone on the same cut points (how much averaging them helps, and their spread). */
  members: RegressionMetrics[];
  predictions: { unit: number; observed: number; trueRul: number; rul: number; p10: number; p90: number }[];
}

function regression(truth: ArrayLike<number>, predicted: ArrayLike<number>): RegressionMetrics {
  return { rmse: rmse(truth, predicted), nasa_score: cmapssScore(truth, predicted), mae: mae(truth, predicted) };
}

/** `engines` are observed up to their cut; `trueRul[i]` is the RUL after engine i's last observed cycle. */
export function evaluateRul(trained: RulTrainingResult, engines: readonly Engine[], trueRul: ArrayLike<number>, config: RulConfig): RulEvaluation {
  const F = inputFeatures(trained.norm);
  const w = lastWindows(engines.map((e) => normaliseEngine(e, trained.norm)), F, config.window, trueRul);
  const predicted = ensemblePredict(trained.models, w.x, w.count, config, F);
  const dist = Array.from(predicted, (p) => rulDistribution(trained.bands, p));
  const p10 = dist.map((d) => d.p10);
  const p90 = dist.map((d) => d.p90);
  const p05 = dist.map((d) => d.p05);
  const p95 = dist.map((d) => d.p95);
  const base = predictRulBaselines(trained.baselines, w, config.cap);
  const members = trained.models.length > 1 ? trained.models.map((m) => regression(w.y, ensemblePredict([m], w.x, w.count, config, F))) : [];
  return {
    ...regression(w.y, predicted),
    engines: engines.length,
    coverage80: intervalCoverage(w.y, p10, p90),
    coverage90: intervalCoverage(w.y, p05, p95),
    width80: meanIntervalWidth(p10, p90),
    baselines: { mean: regression(w.y, base.mean), linear: regression(w.y, base.linear) },
    members,
    predictions: engines.map((e, i) => ({ unit: e.unit, observed: e.cycles, trueRul: w.y[i]!, rul: predicted[i]!, p10: p10[i]!, p90: p90[i]! })),
  };
}
