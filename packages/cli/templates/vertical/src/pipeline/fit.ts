// Fits the network and the baseline on the same training rows and measures both on the same held-out test
// rows. Used by `train` (which saves the result) and `evaluate` (which only reports it).
import {
  createTrainingReporter,
  fitLogisticRegression,
  initBackend,
  predictProba,
  tf,
  trainModel,
  type BackendInfo,
  type LogisticRegressionModel,
} from "@verticals/core";
import type { TrainConfig } from "./config";
import { FEATURE_COLUMNS } from "./columns";
import { assertTrainable, type Dataset } from "./dataset";
import { classifierMetrics, type ClassifierMetrics } from "./metrics";
import { buildModel, MODEL_NAME, predictProbabilities } from "./model";
import { splitRows, type Split } from "./split";
import { fitStandardizer, standardizeRows, type Standardizer } from "./standardize";

export interface HeldOut {
  ids: string[];
  labels: number[];
  /** Raw (unscaled) feature rows, as read. */
  features: number[][];
  probabilities: number[];
  baseline: number[];
}

export interface FitResult {
  model: tf.LayersModel;
  standardizer: Standardizer;
  baseline: LogisticRegressionModel;
  metrics: ClassifierMetrics;
  baselineMetrics: ClassifierMetrics;
  split: Split;
  heldOut: HeldOut;
  epochs: number;
  trainSeconds: number;
  backend: BackendInfo;
}

export async function fitVertical(data: Dataset, config: TrainConfig, seed: number, signal?: AbortSignal): Promise<FitResult> {
  assertTrainable(data);
  const backend = await initBackend();
  const columns = FEATURE_COLUMNS.length;
  const split = splitRows(data.rows, seed);
  const standardizer = fitStandardizer(data.features, columns, split.train);
  const labelsOf = (rows: Int32Array) => Array.from(rows, (row) => data.labels[row]!);
  const scaled = (rows: Int32Array) => standardizeRows(data.features, columns, rows, standardizer);
  const dense = (rows: Int32Array) => ({ data: scaled(rows), rows: rows.length, columns });

  const started = performance.now();
  const baseline = fitLogisticRegression(dense(split.train), labelsOf(split.train), { l2: 1 });

  const model = buildModel(columns, config, seed);
  const tensors = [
    tf.tensor2d(scaled(split.train), [split.train.length, columns]),
    tf.tensor2d(labelsOf(split.train), [split.train.length, 1]),
    tf.tensor2d(scaled(split.validation), [split.validation.length, columns]),
    tf.tensor2d(labelsOf(split.validation), [split.validation.length, 1]),
  ] as const;
  let epochs = 0;
  try {
    const history = await trainModel(model, {
      x: tensors[0],
      y: tensors[1],
      validation: { x: tensors[2], y: tensors[3] },
      epochs: config.maxEpochs,
      batchSize: config.batchSize,
      seed,
      earlyStopping: { monitor: "val_loss", patience: config.patience },
      progress: createTrainingReporter({ label: MODEL_NAME }),
      signal,
    });
    epochs = history.epochs.length;
  } finally {
    tensors.forEach((tensor) => tensor.dispose());
  }
  const trainSeconds = (performance.now() - started) / 1000;

  const testLabels = labelsOf(split.test);
  const probabilities = Array.from(predictProbabilities(model, scaled(split.test), columns));
  const baselineScores = Array.from(predictProba(baseline, dense(split.test)));
  return {
    model,
    standardizer,
    baseline,
    metrics: classifierMetrics(testLabels, probabilities, config.threshold),
    baselineMetrics: classifierMetrics(testLabels, baselineScores, config.threshold),
    split,
    heldOut: {
      ids: Array.from(split.test, (row) => data.ids[row]!),
      labels: testLabels,
      features: Array.from(split.test, (row) => Array.from(data.features.subarray(row * columns, (row + 1) * columns))),
      probabilities,
      baseline: baselineScores,
    },
    epochs,
    trainSeconds,
    backend,
  };
}
