// @verticals/core: the machine-learning runtime every app uses.
// Each section is owned by one module folder; add exports in your own section only.

// --- runtime: backend choice, seeding, training loop, progress, artifacts, attributions
// The one tfjs instance every app uses (never import @tensorflow/tfjs in an app: two copies disagree on kernels).
export * as tf from "@tensorflow/tfjs";
export {
  backendInfoSchema,
  backendNames,
  describeBackend,
  type BackendInfo,
  type BackendName,
} from "./runtime/backend/backend-info";
export { BACKEND_ENV_VAR, getBackendInfo, initBackend, type InitBackendOptions } from "./runtime/backend/init-backend";
export { registerWasmTrainingKernels } from "./runtime/kernels/register-wasm-training-kernels";
export { createRng, normaliseSeed, type Rng } from "./runtime/random/rng";
export { assertSeedable, reseedDropout, seedModelWeights } from "./runtime/random/seed-layers";
export { trainModel, type TrainModelOptions } from "./runtime/training/train-model";
export type { Inputs } from "./runtime/training/training-data";
export type { ValidationMetric } from "./runtime/training/validate-epoch";
export type { EarlyStoppingOptions, MonitorMode } from "./runtime/training/early-stopping";
export { flattenEpochLog, type EpochLog, type TrainingHistory } from "./runtime/training/history";
export { classLabels, computeSampleWeights } from "./runtime/training/sample-weights";
export {
  TRAINING_CANCELLED,
  TrainingCancelledError,
  abortOnSigint,
  isTrainingCancelled,
  type SigintAbort,
  type SigintAbortOptions,
} from "./runtime/training/cancellation";
export type { ProgressOptions, ProgressStream } from "./runtime/progress/progress-stream";
export { createStepProgress, type StepProgress, type StepProgressOptions } from "./runtime/progress/step-progress";
export {
  createTrainingReporter,
  type TrainingEnd,
  type TrainingReporter,
  type TrainingReporterOptions,
  type TrainingStart,
} from "./runtime/progress/training-reporter";
export { formatDuration, formatMetric } from "./runtime/progress/format";
export {
  modelCardSchema,
  parseModelCard,
  provenanceSchema,
  type ModelCard,
  type Provenance,
} from "./runtime/artifacts/model-card";
export {
  saveModelArtifact,
  type ModelArtifactInput,
  type SaveArtifactOptions,
  type SavedArtifact,
} from "./runtime/artifacts/save-model-artifact";
export { loadModelArtifact, type LoadArtifactOptions, type LoadedArtifact } from "./runtime/artifacts/load-model-artifact";
export { CARD_FILE, MODEL_FILE, WEIGHTS_FILE } from "./runtime/artifacts/artifact-layout";
export {
  integratedGradients,
  type Attributable,
  type Attributions,
  type IntegratedGradientsOptions,
} from "./runtime/attribution/integrated-gradients";

// --- evaluation: metrics, calibration, thresholds, baselines
// Conventions: labels are 0/1 (1 = positive); a score/probability >= threshold is flagged positive.
export { UndefinedMetricError } from "./metrics/validate";
export { rocAuc, rocCurve, type RocCurve, type RocCurveOptions } from "./metrics/roc";
export { aucLossByPositive, type PositiveAucLoss } from "./metrics/auc-loss";
export { averagePrecision, precisionRecallCurve, type PrecisionRecallCurve } from "./metrics/precision-recall";
export {
  classificationRates,
  confusionAtThreshold,
  confusionMatrix,
  type ClassificationRates,
  type ConfusionCounts,
} from "./metrics/confusion";
export { recallAtFpr, type RecallAtFpr } from "./metrics/recall-at-fpr";
export { precisionAtK } from "./metrics/precision-at-k";
export {
  expectedCalibrationError,
  reliabilityDiagram,
  type ReliabilityBin,
  type ReliabilityDiagram,
} from "./metrics/calibration-error";
export { brierScore, logLoss } from "./metrics/probabilistic";
export { mae, rmse } from "./metrics/regression";
export { cmapssScore } from "./metrics/cmapss";
export { mase, rmsse, rmsseScale, weightedRmsse, type ForecastSeries, type WeightedRmsse } from "./metrics/forecast";
export { intervalCoverage, meanIntervalWidth, pinballLoss } from "./metrics/quantile";
export {
  applyCalibrator,
  fitCalibrator,
  parseCalibrator,
  type Calibrator,
  type CalibratorKind,
} from "./calibration/calibrator";
export { applyPlatt, fitPlatt, type PlattOptions, type PlattParams } from "./calibration/platt";
export { applyIsotonic, fitIsotonic, type IsotonicParams } from "./calibration/isotonic";
export {
  metricsAtThreshold,
  type CostedThresholdMetrics,
  type Costs,
  type ThresholdMetrics,
} from "./thresholds/threshold-metrics";
export { costCurve, type CostCurveOptions } from "./thresholds/cost-curve";
export {
  chooseThresholdByCost,
  thresholdForSensitivity,
  type ChooseThresholdByCostOptions,
} from "./thresholds/choose-threshold";
export type { DenseMatrix, FeatureMatrix } from "./baselines/matrix";
export {
  fitLogisticRegression,
  predictLogOdds,
  type LogisticRegressionModel,
  type LogisticRegressionOptions,
  type LogisticSolver,
} from "./baselines/logistic-regression";
export {
  fitRidgeRegression,
  type RidgeRegressionModel,
  type RidgeRegressionOptions,
} from "./baselines/ridge-regression";
export {
  fitMeanRegressor,
  fitPrevalenceClassifier,
  type MeanRegressorModel,
  type PrevalenceModel,
} from "./baselines/constant";
export {
  parseBaselineModel,
  predictProba,
  predictRegression,
  type BaselineClassifier,
  type BaselineModel,
  type BaselineRegressor,
} from "./baselines/predict";
