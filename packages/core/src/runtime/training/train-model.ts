// A deterministic training loop around a compiled tfjs LayersModel.
// Why not model.fit: fit shuffles with Math.random (runs cannot be replayed), rejects sample weights, and
// cannot be stopped from outside between two batches. This loop shuffles with the seeded RNG, re-seeds dropout
// every batch, feeds per-sample weights to the model's own train step (the one fit uses, so batch norm and
// dropout run in training mode and regularisers count), checks an AbortSignal after every batch, and does
// early stopping with restore-best-weights on any validation metric, including ones computed in JS (AUC).
import * as tf from "@tensorflow/tfjs";
import type { TrainingReporter } from "../progress/training-reporter";
import { createRng } from "../random/rng";
import { assertSeedable, reseedDropout } from "../random/seed-layers";
import { TrainingCancelledError } from "./cancellation";
import { BestTracker, type EarlyStoppingOptions } from "./early-stopping";
import { flattenEpochLog, type EpochLog, type TrainingHistory } from "./history";
import { trainBatch, type TrainStep } from "./train-batch";
import { prepareTrainingData, type DataOptions } from "./training-data";
import { validateEpoch, type ValidationMetric } from "./validate-epoch";
import { WeightsSnapshot } from "./weights-snapshot";

export interface TrainModelOptions extends DataOptions {
  epochs: number;
  batchSize: number;
  /** Seeds shuffling and dropout. Initial weights are seeded separately (seedModelWeights). */
  seed: number;
  /** Shuffle rows every epoch (default true). */
  shuffle?: boolean;
  earlyStopping?: EarlyStoppingOptions;
  /** Extra validation metrics, reported as val_<name> and usable as the early-stopping monitor. */
  validationMetrics?: Record<string, ValidationMetric>;
  progress?: TrainingReporter;
  /** Aborting stops training after the current batch with a TrainingCancelledError. */
  signal?: AbortSignal;
}

interface TrainableModel {
  makeTrainFunction(): TrainStep;
  isTraining: boolean;
  metricsNames: string[];
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function checkOptions(model: tf.LayersModel, options: TrainModelOptions): void {
  const { epochs, batchSize, earlyStopping } = options;
  if (!Number.isInteger(epochs) || epochs < 1) throw new Error(`trainModel: epochs must be a positive integer, got ${epochs}`);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`trainModel: batchSize must be a positive integer, got ${batchSize}`);
  if (!model.optimizer) throw new Error("trainModel: compile the model (optimizer, loss) before training");
  if (model.outputs.length !== 1) throw new Error(`trainModel: expected a single-output model, got ${model.outputs.length} outputs`);
  if (earlyStopping && (!Number.isInteger(earlyStopping.patience) || earlyStopping.patience < 0)) {
    throw new Error(`trainModel: earlyStopping.patience must be a non-negative integer, got ${earlyStopping.patience}`);
  }
  assertSeedable(model);
}

/** A Sequential delegates training to an inner functional model, which holds the train step and state. */
function trainableOf(model: tf.LayersModel): TrainableModel {
  const inner = model instanceof tf.Sequential ? (model as unknown as { model?: tf.LayersModel }).model : model;
  if (!inner) throw new Error("trainModel: the Sequential model has not been built; compile it first");
  return inner as unknown as TrainableModel;
}

/** Names the epoch logs will carry (loss, acc, val_loss, val_auc ...), to reject a wrong monitor up front. */
function reportedNames(metricsNames: string[], hasValidation: boolean, custom: string[]): string[] {
  return hasValidation ? [...metricsNames, ...[...metricsNames, ...custom].map((n) => `val_${n}`)] : metricsNames;
}

export async function trainModel(model: tf.LayersModel, options: TrainModelOptions): Promise<TrainingHistory> {
  checkOptions(model, options);
  const { epochs, batchSize } = options;
  const trainable = trainableOf(model);
  if (trainable.isTraining) throw new Error("trainModel: this model is already training");

  const data = prepareTrainingData(model.inputs.length, options);
  const snapshot = new WeightsSnapshot();
  trainable.isTraining = true;
  try {
    const { xs, y, rows, val, weights } = data;
    const batchesPerEpoch = Math.ceil(rows / batchSize);
    const stopping = options.earlyStopping;
    const monitor = stopping?.monitor ?? (val ? "val_loss" : "loss");
    const available = reportedNames(trainable.metricsNames, Boolean(val), Object.keys(options.validationMetrics ?? {}));
    if (!available.includes(monitor)) {
      const hint = monitor.startsWith("val_") && !val ? "; it needs validation data" : "";
      throw new Error(`trainModel: monitor "${monitor}" is not reported${hint}; available: ${available.join(", ")}`);
    }
    const tracker = new BestTracker(monitor, stopping?.mode, stopping?.minDelta ?? 0);
    const restoreBest = stopping ? (stopping.restoreBest ?? true) : false;

    const rng = createRng(options.seed);
    const step = trainable.makeTrainFunction();
    const metricNames = trainable.metricsNames.slice(1);
    const epochLogs: EpochLog[] = [];
    const started = performance.now();
    const elapsed = (): number => (performance.now() - started) / 1000;
    let stoppedEarly = false;
    options.progress?.start({ epochs, batchesPerEpoch, samples: rows });

    const cancel = (epoch: number, batch: number): never => {
      options.progress?.end({ epochsRun: epochLogs.length, seconds: elapsed(), stoppedEarly: false, cancelled: true });
      throw new TrainingCancelledError(epoch, batch, options.signal?.reason);
    };
    if (options.signal?.aborted) cancel(0, 0);

    for (let epoch = 1; epoch <= epochs; epoch++) {
      const epochStart = performance.now();
      const order = options.shuffle === false ? Int32Array.from({ length: rows }, (_, i) => i) : rng.permutation(rows);
      // Sums of loss and metrics weighted by batch size, as Keras averages them over an epoch.
      const sums = new Float64Array(1 + metricNames.length);
      for (let batch = 1; batch <= batchesPerEpoch; batch++) {
        const indices = order.subarray((batch - 1) * batchSize, Math.min(rows, batch * batchSize));
        reseedDropout(model, rng);
        const values = trainBatch(step, xs, y, weights, indices);
        const loss = values[0] as number;
        if (!Number.isFinite(loss)) {
          throw new Error(`Training diverged: loss is ${loss} at epoch ${epoch}, batch ${batch}; lower the learning rate or check the inputs`);
        }
        values.forEach((v, i) => (sums[i] = (sums[i] as number) + v * indices.length));
        options.progress?.batch({ epoch, batch, loss });
        // Let signal handlers (Ctrl-C) and progress output run: wasm kernels are synchronous.
        await yieldToEventLoop();
        if (options.signal?.aborted) cancel(epoch, batch);
      }
      const metrics = Object.fromEntries(metricNames.map((name, i) => [name, (sums[i + 1] as number) / rows]));
      const log: EpochLog = { epoch, loss: (sums[0] as number) / rows, metrics, seconds: 0 };
      if (val) log.validation = validateEpoch(model, val, batchSize, options.validationMetrics);
      log.seconds = (performance.now() - epochStart) / 1000;
      epochLogs.push(log);

      if (tracker.observe(epoch, flattenEpochLog(log)[monitor] as number) && restoreBest) snapshot.take(model);
      options.progress?.epoch(log);
      if (stopping && tracker.exhausted(stopping.patience) && epoch < epochs) {
        stoppedEarly = true;
        break;
      }
    }

    const restoredBest = restoreBest && !snapshot.isEmpty && tracker.bestEpoch !== epochLogs.length;
    if (restoredBest) snapshot.restore(model);
    const summary = { monitor, bestEpoch: tracker.bestEpoch, bestValue: tracker.bestValue, stoppedEarly, restoredBest, seconds: elapsed() };
    options.progress?.end({ ...summary, epochsRun: epochLogs.length, cancelled: false });
    return { epochs: epochLogs, history: toColumns(epochLogs), ...summary, seed: rng.seed };
  } finally {
    trainable.isTraining = false;
    snapshot.dispose();
    tf.dispose(data.owned);
  }
}

function toColumns(logs: EpochLog[]): Record<string, number[]> {
  const columns: Record<string, number[]> = {};
  for (const log of logs) {
    for (const [name, value] of Object.entries(flattenEpochLog(log))) (columns[name] ??= []).push(value);
  }
  return columns;
}
