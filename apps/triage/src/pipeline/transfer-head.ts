// The transfer-learning model's trainable part: a small dense head on frozen backbone embeddings
// (standardised 1280-d MobileNetV2 vectors → 64 ReLU → dropout → 1 logit). Only this head learns from the
// 4.7k X-rays; the backbone's ImageNet features are reused unchanged. Trained with core's seeded loop,
// epochs chosen on val ROC-AUC (best weights restored), like the CNN.
import { createTrainingReporter, rocAuc, seedModelWeights, tf, trainModel, type TrainingReporter } from "@verticals/core";
import { z } from "zod";

export interface HeadConfig {
  hidden: number;
  dropout: number;
  l2: number;
  learningRate: number;
  maxEpochs: number;
  patience: number;
  batchSize: number;
}

export const DEFAULT_HEAD: HeadConfig = { hidden: 64, dropout: 0.3, l2: 1e-3, learningRate: 1e-3, maxEpochs: 40, patience: 6, batchSize: 64 };

export interface Standardiser {
  mean: number[];
  scale: number[];
}

export interface TrainedHead {
  model: tf.Sequential;
  standardiser: Standardiser;
  dim: number;
  bestEpoch: number;
  epochsRun: number;
  bestValAuc: number;
  seconds: number;
}

/** Per-feature mean and standard deviation of the training rows (constant features get scale 1). */
export function fitStandardiser(vectors: Float32Array, dim: number): Standardiser {
  const rows = vectors.length / dim;
  const mean = new Float64Array(dim);
  const square = new Float64Array(dim);
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < dim; j++) {
      const v = vectors[r * dim + j]!;
      mean[j]! += v;
      square[j]! += v * v;
    }
  }
  const scale = new Array<number>(dim);
  for (let j = 0; j < dim; j++) {
    mean[j] = mean[j]! / rows;
    const variance = square[j]! / rows - mean[j]! ** 2;
    scale[j] = variance > 1e-12 ? Math.sqrt(variance) : 1;
  }
  return { mean: Array.from(mean), scale };
}

export function standardise(vectors: Float32Array, s: Standardiser): Float32Array {
  const dim = s.mean.length;
  const out = new Float32Array(vectors.length);
  for (let i = 0; i < vectors.length; i++) {
    const j = i % dim;
    out[i] = (vectors[i]! - s.mean[j]!) / s.scale[j]!;
  }
  return out;
}

export function buildHead(dim: number, config: HeadConfig, seed: number): tf.Sequential {
  const regularizer = config.l2 > 0 ? tf.regularizers.l2({ l2: config.l2 }) : undefined;
  const model = tf.sequential({ name: "triage_transfer_head" });
  model.add(tf.layers.dense({ inputShape: [dim], units: config.hidden, activation: "relu", kernelInitializer: "heNormal", kernelRegularizer: regularizer }));
  if (config.dropout > 0) model.add(tf.layers.dropout({ rate: config.dropout, seed }));
  model.add(tf.layers.dense({ units: 1, kernelRegularizer: regularizer, name: "logit" }));
  seedModelWeights(model, seed);
  model.compile({ optimizer: tf.train.adam(config.learningRate), loss: (y: tf.Tensor, logits: tf.Tensor) => tf.losses.sigmoidCrossEntropy(y, logits) });
  return model;
}

export async function trainHead(
  train: { vectors: Float32Array; labels: Uint8Array },
  val: { vectors: Float32Array; labels: Uint8Array },
  dim: number,
  config: HeadConfig,
  seed: number,
  options: { signal?: AbortSignal; progress?: TrainingReporter } = {},
): Promise<TrainedHead> {
  const started = performance.now();
  const standardiser = fitStandardiser(train.vectors, dim);
  const model = buildHead(dim, config, seed);
  const x = tf.tensor2d(standardise(train.vectors, standardiser), [train.labels.length, dim]);
  const y = tf.tensor2d(Float32Array.from(train.labels), [train.labels.length, 1]);
  const xVal = tf.tensor2d(standardise(val.vectors, standardiser), [val.labels.length, dim]);
  const yVal = tf.tensor2d(Float32Array.from(val.labels), [val.labels.length, 1]);
  try {
    const history = await trainModel(model, {
      x,
      y,
      validation: { x: xVal, y: yVal },
      validationMetrics: { auc: (yTrue, yPred) => rocAuc(yTrue, yPred) },
      earlyStopping: { monitor: "val_auc", patience: config.patience, restoreBest: true, minDelta: 1e-4 },
      epochs: config.maxEpochs,
      batchSize: config.batchSize,
      seed,
      signal: options.signal,
      progress: options.progress ?? createTrainingReporter({ label: "transfer head" }),
    });
    return { model, standardiser, dim, bestEpoch: history.bestEpoch, epochsRun: history.epochs.length, bestValAuc: history.bestValue, seconds: (performance.now() - started) / 1000 };
  } finally {
    tf.dispose([x, y, xVal, yVal]);
  }
}

export function headLogits(head: Pick<TrainedHead, "model" | "standardiser" | "dim">, vectors: Float32Array): Float32Array {
  const rows = vectors.length / head.dim;
  if (rows === 0) return new Float32Array(0);
  const logits = tf.tidy(() => head.model.predict(tf.tensor2d(standardise(vectors, head.standardiser), [rows, head.dim]), { batchSize: 1024 }) as tf.Tensor);
  const out = Float32Array.from(logits.dataSync());
  logits.dispose();
  return out;
}

// Saved as JSON beside the CNN (one artifact): the head is small (~82k weights).
const savedHeadSchema = z.object({
  format: z.literal("triage-transfer-head"),
  modelKey: z.string(),
  dim: z.number().int().positive(),
  config: z.object({ hidden: z.number(), dropout: z.number(), l2: z.number(), learningRate: z.number(), maxEpochs: z.number(), patience: z.number(), batchSize: z.number() }),
  standardiser: z.object({ mean: z.array(z.number()), scale: z.array(z.number()) }),
  weights: z.array(z.object({ shape: z.array(z.number()), values: z.array(z.number()) })),
});

export type SavedHead = z.infer<typeof savedHeadSchema>;

export function serialiseHead(head: TrainedHead, config: HeadConfig, modelKey: string): SavedHead {
  return {
    format: "triage-transfer-head",
    modelKey,
    dim: head.dim,
    config,
    standardiser: head.standardiser,
    weights: head.model.getWeights().map((w) => ({ shape: w.shape, values: Array.from(w.dataSync(), (v) => Number(v.toPrecision(7))) })),
  };
}

export function restoreHead(raw: unknown, where: string): Pick<TrainedHead, "model" | "standardiser" | "dim"> & { modelKey: string } {
  const parsed = savedHeadSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${where}: not a saved transfer head (${parsed.error.issues[0]?.message})`);
  const saved = parsed.data;
  const model = buildHead(saved.dim, saved.config, 0);
  const tensors = saved.weights.map((w) => tf.tensor(w.values, w.shape));
  model.setWeights(tensors);
  tf.dispose(tensors);
  return { model, standardiser: saved.standardiser, dim: saved.dim, modelKey: saved.modelKey };
}
