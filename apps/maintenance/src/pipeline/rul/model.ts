// The RUL regressor: a 1-D convolutional network over a window of normalised sensors (Li, Ding & Sun 2018,
// "Remaining useful life estimation in prognostics using deep convolution neural networks"): stacked
// same-padded convolutions along time, a 1-filter convolution, then a small dense head. It predicts RUL / cap.
import { seedModelWeights, tf } from "@verticals/core";
import type { RulConfig } from "../config";

export function buildRulModel(config: RulConfig, features: number, seed: number): tf.LayersModel {
  const model = tf.sequential();
  for (let i = 0; i < config.convLayers; i++) {
    model.add(
      tf.layers.conv1d({
        ...(i === 0 ? { inputShape: [config.window / config.pool, features] } : {}),
        filters: config.filters,
        kernelSize: config.kernel,
        padding: "same",
        activation: "tanh",
        kernelInitializer: "glorotNormal",
      }),
    );
  }
  model.add(tf.layers.conv1d({ filters: 1, kernelSize: 3, padding: "same", activation: "tanh", kernelInitializer: "glorotNormal" }));
  model.add(tf.layers.flatten());
  model.add(tf.layers.dropout({ rate: config.dropout }));
  model.add(tf.layers.dense({ units: config.dense, activation: "tanh", kernelInitializer: "glorotNormal" }));
  model.add(tf.layers.dense({ units: 1, kernelInitializer: "glorotNormal" }));
  seedModelWeights(model, seed);
  return model;
}

/** RUL in cycles (never negative) for a batch of network inputs (count x steps x features, already pooled). */
export function predictRul(model: tf.LayersModel, x: Float32Array, count: number, steps: number, features: number, cap: number): Float32Array {
  if (count === 0) return new Float32Array(0);
  return tf.tidy(() => {
    const input = tf.tensor3d(x, [count, steps, features]);
    const out = model.predict(input, { batchSize: 1024 }) as tf.Tensor;
    const scaled = out.dataSync();
    const rul = new Float32Array(count);
    for (let i = 0; i < count; i++) rul[i] = Math.max(0, scaled[i]! * cap);
    return rul;
  });
}
