// Trains the CNN on `train` with fresh augmentation every epoch, picks the epoch on `val` (ROC-AUC, weights of
// the best epoch restored), lowers the learning rate when validation stalls, and stops early.
// Each epoch is one call of core's trainModel (seeded shuffling, batch norm and dropout in training mode,
// cancellable); the augmented copy changes between calls, which a single fit() could not do.
import { createTrainingReporter, rocAuc, tf, trainModel, TrainingCancelledError, type EpochLog, type TrainingReporter } from "@verticals/core";
import { augmentBatch, DEFAULT_AUGMENT, type AugmentOptions } from "./augment";
import { buildModel, DEFAULT_MODEL, predictLogits, type ModelOptions } from "./model";
import { IMAGE_SIZE } from "./preprocess";

export interface TrainConfig {
  model: ModelOptions;
  augment: AugmentOptions;
  /** Upper bound on epochs. */
  maxEpochs: number;
  /** Epochs without a better validation AUC before stopping. */
  patience: number;
  /** Epochs without improvement before the learning rate is halved. */
  lrPatience: number;
  /** An epoch must beat the best validation AUC by this much to count as better. */
  minDelta: number;
  batchSize: number;
  seed: number;
}

export const DEFAULT_TRAIN: TrainConfig = {
  model: DEFAULT_MODEL,
  augment: DEFAULT_AUGMENT,
  maxEpochs: 16,
  patience: 4,
  lrPatience: 2,
  minDelta: 5e-4,
  batchSize: 64,
  seed: 42,
};

export interface LabelledInputs {
  input: Float32Array;
  labels: Uint8Array;
}

export interface EpochSummary {
  epoch: number;
  loss: number;
  valLoss: number;
  valAuc: number;
  learningRate: number;
  seconds: number;
}

export interface TrainedNetwork {
  model: tf.Sequential;
  epochs: EpochSummary[];
  bestEpoch: number;
  bestValAuc: number;
  seconds: number;
}

export interface TrainOptions {
  signal?: AbortSignal;
  /** Progress display; default: core's training reporter on stderr. */
  progress?: TrainingReporter;
  label?: string;
}

export async function trainNetwork(train: LabelledInputs, val: LabelledInputs, config: TrainConfig, options: TrainOptions = {}): Promise<TrainedNetwork> {
  if (train.labels.length === 0 || val.labels.length === 0) throw new Error("trainNetwork: train and val must both hold images");
  const progress = options.progress ?? createTrainingReporter({ label: options.label ?? "triage CNN" });
  const model = buildModel(config.model, config.seed);
  const batchesPerEpoch = Math.ceil(train.labels.length / config.batchSize);
  const y = tf.tensor2d(Float32Array.from(train.labels), [train.labels.length, 1]);
  const yVal = Float32Array.from(val.labels);
  const epochs: EpochSummary[] = [];
  let best: { epoch: number; auc: number; weights: tf.Tensor[] } | undefined;
  let sinceBest = 0;
  let sinceLrDrop = 0;
  let learningRate = config.model.learningRate;
  const started = performance.now();
  progress.start({ epochs: config.maxEpochs, batchesPerEpoch, samples: train.labels.length });
  let stoppedEarly = false;
  try {
    for (let epoch = 1; epoch <= config.maxEpochs; epoch++) {
      const epochStart = performance.now();
      const augmented = augmentBatch(train.input, config.seed * 1000 + epoch, config.augment);
      const x = tf.tensor4d(augmented, [train.labels.length, IMAGE_SIZE, IMAGE_SIZE, 1]);
      let loss: number;
      try {
        const history = await trainModel(model, {
          x,
          y,
          epochs: 1,
          batchSize: config.batchSize,
          seed: config.seed * 1000 + epoch,
          signal: options.signal,
          progress: epochRelay(progress, epoch),
        });
        loss = history.epochs[0]!.loss;
      } finally {
        x.dispose();
      }
      const logits = predictLogits(model, val.input);
      const valAuc = rocAuc(yVal, logits);
      const valLoss = meanLogLoss(yVal, logits);
      const summary: EpochSummary = { epoch, loss, valLoss, valAuc, learningRate, seconds: (performance.now() - epochStart) / 1000 };
      epochs.push(summary);
      const log: EpochLog = { epoch, loss, metrics: {}, validation: { loss: valLoss, auc: valAuc }, seconds: summary.seconds };
      progress.epoch(log);

      if (!best || valAuc > best.auc + config.minDelta) {
        tf.dispose(best?.weights ?? []);
        best = { epoch, auc: valAuc, weights: model.getWeights().map((w) => w.clone()) };
        sinceBest = 0;
        sinceLrDrop = 0;
      } else {
        sinceBest++;
        sinceLrDrop++;
        if (sinceBest >= config.patience) {
          stoppedEarly = epoch < config.maxEpochs;
          break;
        }
        if (sinceLrDrop >= config.lrPatience) {
          learningRate /= 2;
          setLearningRate(model, learningRate);
          sinceLrDrop = 0;
        }
      }
    }
  } catch (error) {
    tf.dispose(best?.weights ?? []);
    y.dispose();
    if (error instanceof TrainingCancelledError) {
      progress.end({ epochsRun: epochs.length, seconds: (performance.now() - started) / 1000, stoppedEarly: false, cancelled: true });
    }
    throw error;
  }
  y.dispose();
  const restored = best!.epoch !== epochs.length;
  if (restored) model.setWeights(best!.weights);
  tf.dispose(best!.weights);
  const seconds = (performance.now() - started) / 1000;
  progress.end({
    epochsRun: epochs.length,
    seconds,
    stoppedEarly,
    cancelled: false,
    monitor: "val_auc",
    bestEpoch: best!.epoch,
    bestValue: best!.auc,
    restoredBest: restored,
  });
  return { model, epochs, bestEpoch: best!.epoch, bestValAuc: best!.auc, seconds };
}

/** Forwards one epoch's batch events to the run-wide reporter under the run's epoch number. */
function epochRelay(target: TrainingReporter, epoch: number): TrainingReporter {
  return {
    start: () => undefined,
    batch: (info) => target.batch({ ...info, epoch }),
    epoch: () => undefined,
    end: () => undefined,
  };
}

function setLearningRate(model: tf.LayersModel, learningRate: number): void {
  (model.optimizer as unknown as { learningRate: number }).learningRate = learningRate;
}

/** Mean binary cross-entropy of logits, computed stably. */
export function meanLogLoss(labels: ArrayLike<number>, logits: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < labels.length; i++) {
    const z = logits[i]!;
    // log(1 + e^-|z|) + max(z, 0) - y z
    sum += Math.log1p(Math.exp(-Math.abs(z))) + Math.max(z, 0) - labels[i]! * z;
  }
  return sum / labels.length;
}
