// The classifier: a small VGG-style CNN for 28x28 greyscale radiographs. Three stages of 3x3 convolutions with
// batch norm (one at 28x28, two at 14x14, two at 7x7), max pooling between them, then global average pooling and one logit. Global pooling keeps the
// parameter count small (4.7k training images) and makes the last convolution's 7x7 maps a natural place for
// Grad-CAM. The output is a logit (no sigmoid): calibration (Platt on validation) turns it into a probability.
import { seedModelWeights, tf } from "@verticals/core";
import { IMAGE_SIZE } from "./preprocess";

export interface ModelOptions {
  /** Filters of the three stages. */
  filters: [number, number, number];
  dropout: number;
  learningRate: number;
  /** L2 weight decay on convolution and dense kernels. */
  l2: number;
}

export const DEFAULT_MODEL: ModelOptions = { filters: [8, 16, 32], dropout: 0.2, learningRate: 2e-3, l2: 1e-4 };

/** Name of the layer Grad-CAM explains (the last convolution block's activation). */
export const CAM_LAYER = "cam_features";

export function buildModel(options: ModelOptions, seed: number): tf.Sequential {
  const [f1, f2, f3] = options.filters;
  const regularizer = options.l2 > 0 ? tf.regularizers.l2({ l2: options.l2 }) : undefined;
  const conv = (filters: number, extra: Partial<{ inputShape: number[]; name: string }> = {}) =>
    tf.layers.conv2d({ filters, kernelSize: 3, padding: "same", useBias: false, kernelInitializer: "heNormal", kernelRegularizer: regularizer, ...extra });
  const model = tf.sequential({ name: "triage_cnn" });
  const block = (filters: number, first?: number[]) => {
    model.add(conv(filters, first ? { inputShape: first } : {}));
    model.add(tf.layers.batchNormalization());
    model.add(tf.layers.reLU());
  };
  block(f1, [IMAGE_SIZE, IMAGE_SIZE, 1]); // one convolution at full resolution: the costliest stage on wasm
  model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  block(f2);
  block(f2);
  model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  block(f3);
  model.add(conv(f3));
  model.add(tf.layers.batchNormalization());
  model.add(tf.layers.reLU({ name: CAM_LAYER }));
  model.add(tf.layers.globalAveragePooling2d({}));
  if (options.dropout > 0) model.add(tf.layers.dropout({ rate: options.dropout, seed }));
  model.add(tf.layers.dense({ units: 1, kernelRegularizer: regularizer, name: "logit" }));
  seedModelWeights(model, seed);
  compileModel(model, options.learningRate);
  return model;
}

export function compileModel(model: tf.LayersModel, learningRate: number): void {
  model.compile({
    optimizer: tf.train.adam(learningRate),
    loss: (yTrue: tf.Tensor, logits: tf.Tensor) => tf.losses.sigmoidCrossEntropy(yTrue, logits),
  });
}

/** Logits for `count` images given as [count * 784] floats in [0, 1]. */
export function predictLogits(model: tf.LayersModel, input: Float32Array, batchSize = 512): Float32Array {
  const count = input.length / (IMAGE_SIZE * IMAGE_SIZE);
  const out = new Float32Array(count);
  for (let start = 0; start < count; start += batchSize) {
    const n = Math.min(batchSize, count - start);
    const logits = tf.tidy(() => {
      const x = tf.tensor4d(input.subarray(start * IMAGE_SIZE * IMAGE_SIZE, (start + n) * IMAGE_SIZE * IMAGE_SIZE), [n, IMAGE_SIZE, IMAGE_SIZE, 1]);
      return model.predict(x) as tf.Tensor;
    });
    out.set(logits.dataSync(), start);
    logits.dispose();
  }
  return out;
}
