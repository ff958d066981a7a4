// The model: a small multilayer perceptron on the standardised features, with seeded initial weights.
import { seedModelWeights, tf } from "@verticals/core";
import type { TrainConfig } from "./config";

export const MODEL_NAME = "__TITLE__ MLP";

export function buildModel(inputs: number, config: TrainConfig, seed: number): tf.LayersModel {
  const model = tf.sequential();
  config.hidden.forEach((units, index) => {
    model.add(tf.layers.dense({ units, activation: "relu", ...(index === 0 ? { inputShape: [inputs] } : {}) }));
  });
  model.add(tf.layers.dense({ units: 1, activation: "sigmoid" }));
  model.compile({ optimizer: tf.train.adam(config.learningRate), loss: "binaryCrossentropy" });
  seedModelWeights(model, seed);
  return model;
}

/** Probabilities of label 1 for row-major standardised features. */
export function predictProbabilities(model: tf.LayersModel, features: Float32Array, columns: number): Float32Array {
  return tf.tidy(() => {
    const output = model.predict(tf.tensor2d(features, [features.length / columns, columns])) as tf.Tensor;
    return output.dataSync() as Float32Array;
  });
}
