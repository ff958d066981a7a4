// Model cards of the two models: what they are for, on what data, how they compare with their baselines.
import type { BackendInfo, ModelCard } from "@verticals/core";
import type { Provenance } from "@verticals/data";
import type { PipelineConfig } from "./config";
import { cardProvenance } from "./data";
import type { FailureRun } from "./failure-task";
import { FAILURE_FEATURES } from "./failure/features";
import type { Fingerprint } from "./fingerprint";
import type { RulRun } from "./rul-task";

const finite = (v: number) => (Number.isFinite(v) ? v : 0);

export function failureCard(run: FailureRun, provenance: Provenance, config: PipelineConfig["failure"], backend: BackendInfo, fp: Fingerprint, version: string, seed: number): ModelCard {
  const m = run.evaluation.model;
  const b = run.evaluation.baseline;
  return {
    name: "Machine-failure risk (gradient-boosted trees)",
    version,
    createdAt: new Date().toISOString(),
    task: "Binary classification: will this milling operation end in a machine failure? With a calibrated probability and the likely failure mode.",
    description:
      "Gradient-boosted decision trees (XGBoost-style, written in TypeScript) on the five process readings, the product type and physically meaningful derived features: mechanical power, process-air temperature difference, tool wear x torque and its ratio to the type's overstrain limit. Probabilities are Platt-calibrated on out-of-fold scores; the alert threshold maximises F1 out of fold. One smaller booster per failure mode names the likely mode of a flagged reading.",
    intendedUse: "Ranking process readings by failure risk and explaining the likely failure mechanism to a maintenance planner. A demonstration, not a safety system.",
    limitations: [
      "AI4I 2020 is itself synthetic (UCI): its failures follow simple documented rules, which is why derived features work so well. Real machines are messier.",
      "The failure-mode flags are labels only (never inputs); random failures (RNF) cannot be predicted from the readings.",
      "Scores are for single readings: the model has no memory of a machine's history.",
    ],
    data: {
      dataset: "ai4i2020",
      provenance: cardProvenance(provenance),
      rows: { train: run.split.train.rows.length, validation: 0, test: run.split.test.rows.length },
      split: run.split.description,
    },
    metrics: {
      f1: finite(m.f1),
      precision: finite(m.precision),
      recall: finite(m.recall),
      roc_auc: m.roc_auc,
      auprc: m.auprc,
      brier: m.brier,
      ece: m.ece,
      mode_accuracy: finite(run.evaluation.modeAccuracy),
    },
    baseline: {
      name: "Logistic regression (same features, same split)",
      metrics: { f1: finite(b.f1), precision: finite(b.precision), recall: finite(b.recall), roc_auc: b.roc_auc, auprc: b.auprc, brier: b.brier, ece: b.ece },
    },
    backend,
    trainSeconds: run.trained.seconds,
    hyperparameters: { ...config.booster, calibration: config.calibration, folds: config.folds, features: FAILURE_FEATURES.length },
    seed,
    threshold: { value: run.trained.model.threshold, chosenBy: "best F1 on out-of-fold calibrated probabilities of the training rows" },
    extra: { fingerprint: fp.hash, compute: "plain TypeScript (no tfjs kernels); backend shown is the run's tfjs runtime" },
  };
}

export function rulCard(run: RulRun, provenance: Provenance, config: PipelineConfig["rul"], backend: BackendInfo, fp: Fingerprint, version: string, seed: number, windows: number): ModelCard {
  const e = run.evaluation;
  return {
    name: "Remaining useful life (1-D CNN)",
    version,
    createdAt: new Date().toISOString(),
    task: "Regression: cycles left before an engine fails, from its last sensor readings, with an uncertainty band.",
    description: `A 1-D convolutional network (${config.convLayers} convolutions of ${config.filters} filters, kernel ${config.kernel}, then a ${config.dense}-unit dense head${config.ensemble > 1 ? `; the mean of ${config.ensemble} such networks, each trained without one of ${config.folds} folds of the training engines` : ""}) over the last ${config.window} cycles of ${run.trained.norm.sensors.length} normalised sensors${config.pool > 1 ? ` (averaged ${config.pool} cycles at a time)` : ""}${config.baselineCycles ? `, their change from the engine's own first ${config.baselineCycles} cycles` : ""}${config.ageChannel ? " and the engine's age" : ""}, trained in TensorFlow.js on the piecewise-linear RUL target capped at ${config.cap} cycles (${config.epochs} epochs, learning rate divided by 10 from epoch ${config.lrDecayEpoch}${config.selection === "weight-averaging" ? ", weights averaged over those last epochs" : config.selection === "early-stopping" ? ", best validation epoch kept" : ""}). The band comes from the residuals on engines kept out of training${config.ensemble > 1 ? " (each member's own fold)" : ""}, grouped by predicted RUL.`,
    intendedUse: "Ranking engines by remaining life and feeding the maintenance plan's failure probabilities. A demonstration on simulated engines, not an airworthiness tool.",
    limitations: [
      "C-MAPSS FD001 is simulated (NASA's engine model, one operating condition, one fault mode); real fleets have several of each.",
      `Predictions saturate at the ${config.cap}-cycle cap: early in life the model only says "at least ${config.cap} cycles".`,
      `Engines with fewer than ${config.window} cycles of history are padded with their first cycle, and less certain.`,
    ],
    data: {
      dataset: "cmapss",
      provenance: cardProvenance(provenance),
      rows: { train: windows, validation: run.trained.validationCuts, test: e.engines },
      split: run.split.test.description,
    },
    metrics: { rmse: e.rmse, nasa_score: e.nasa_score, mae: e.mae, coverage80: e.coverage80, coverage90: e.coverage90, width80: e.width80 },
    baseline: { name: "Linear model (ridge on window summaries)", metrics: e.baselines.linear as unknown as Record<string, number> },
    backend,
    trainSeconds: run.trained.seconds,
    hyperparameters: {
      window: config.window,
      pool: config.pool,
      ageChannel: config.ageChannel,
      minHistory: config.minHistory,
      cap: config.cap,
      epochs: config.epochs,
      batchSize: config.batchSize,
      learningRate: config.learningRate,
      lrDecayEpoch: config.lrDecayEpoch,
      selection: config.selection,
      patience: config.patience,
      ensemble: config.ensemble,
      folds: config.folds,
      baselineCycles: config.baselineCycles,
      filters: config.filters,
      kernel: config.kernel,
      convLayers: config.convLayers,
      dense: config.dense,
      dropout: config.dropout,
    },
    seed,
    extra: {
      fingerprint: fp.hash,
      constantBaseline: e.baselines.mean as unknown as Record<string, number>,
      bestEpochs: run.trained.histories.map((h) => h.bestEpoch),
    },
  };
}
