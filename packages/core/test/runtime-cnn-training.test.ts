// A small CNN (two convolutions, batch norm, max pooling, dropout) must train on the wasm backend, which
// ships without the kernels for that; and a dilated temporal convolution must train too.
import { beforeAll, expect, it } from "@jest/globals";
import * as tf from "@tensorflow/tfjs";
import { initBackend } from "../src/runtime/backend/init-backend";
import { seedModelWeights } from "../src/runtime/random/seed-layers";
import { trainModel } from "../src/runtime/training/train-model";
import { barImages } from "./runtime-support/bars";

beforeAll(async () => {
  expect((await initBackend({ backend: "wasm" })).name).toBe("wasm");
});

function smallCnn(): tf.Sequential {
  const model = tf.sequential();
  model.add(tf.layers.conv2d({ inputShape: [28, 28, 1], filters: 8, kernelSize: 3, padding: "same", useBias: false }));
  model.add(tf.layers.batchNormalization());
  model.add(tf.layers.activation({ activation: "relu" }));
  model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  model.add(tf.layers.conv2d({ filters: 16, kernelSize: 3, strides: 2, padding: "same", activation: "relu" }));
  model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  model.add(tf.layers.flatten());
  model.add(tf.layers.dropout({ rate: 0.25 }));
  model.add(tf.layers.dense({ units: 2, activation: "softmax" }));
  model.compile({ optimizer: tf.train.adam(0.01), loss: "categoricalCrossentropy", metrics: ["accuracy"] });
  return model;
}

it("a 2-conv CNN with batch norm, max pooling and dropout trains on 28x28 images on wasm", async () => {
  const train = barImages(384, 1);
  const test = barImages(128, 2);
  const model = smallCnn();
  seedModelWeights(model, 7);
  const batchSize = 32;
  const history = await trainModel(model, { x: train.x, y: train.y, epochs: 5, batchSize, seed: 7 });

  const losses = history.history.loss as number[];
  expect(losses[losses.length - 1]).toBeLessThan(0.5 * (losses[0] as number));
  for (let i = 1; i < losses.length; i++) expect(losses[i]).toBeLessThan((losses[i - 1] as number) * 1.05);
  const predicted = tf.tidy(() => (model.predict(test.x) as tf.Tensor).argMax(1).dataSync());
  const accuracy = test.labels.filter((label, i) => predicted[i] === label).length / test.labels.length;
  expect(accuracy).toBeGreaterThan(0.9);

  // Step time with the added kernels, measured after warm-up on a full batch.
  const xb = train.x.slice([0], [batchSize]);
  const yb = train.y.slice([0], [batchSize]);
  await model.trainOnBatch(xb, yb);
  const backend = tf.engine().backend;
  const [tensorsBefore, buffersBefore] = [tf.memory().numTensors, backend.numDataIds()];
  const started = performance.now();
  const steps = 5;
  for (let i = 0; i < steps; i++) await model.trainOnBatch(xb, yb);
  const stepMs = (performance.now() - started) / steps;
  // The added kernels free their intermediate wasm buffers: nothing accumulates from step to step.
  expect(tf.memory().numTensors).toBe(tensorsBefore);
  expect(backend.numDataIds()).toBe(buffersBefore);
  console.log(
    `wasm CNN (28x28, conv8-bn-pool-conv16/2-pool-dropout-dense): ${stepMs.toFixed(1)} ms per training step of ${batchSize} images; ` +
      `loss by epoch ${losses.map((l) => l.toFixed(3)).join(" -> ")}; test accuracy ${accuracy.toFixed(3)}`,
  );
  tf.dispose([train.x, train.y, test.x, test.y, xb, yb]);
  model.dispose();
});

it("a dilated conv1d (temporal convolution) trains on wasm", async () => {
  // Target: whether the sum of the signal at lags 0 and 4 is positive, which a dilation-2 filter of width 3 sees.
  const rows = 256;
  const length = 16;
  const signal = tf.randomNormal([rows, length, 1], 0, 1, "float32", 3);
  const values = signal.dataSync();
  const target = tf.tensor2d(
    Array.from({ length: rows }, (_, r) => [(values[r * length + 15] as number) + (values[r * length + 11] as number) > 0 ? 1 : 0]),
  );
  const model = tf.sequential();
  model.add(tf.layers.conv1d({ inputShape: [length, 1], filters: 4, kernelSize: 3, dilationRate: 2, activation: "relu" }));
  model.add(tf.layers.flatten());
  model.add(tf.layers.dense({ units: 1, activation: "sigmoid" }));
  model.compile({ optimizer: tf.train.adam(0.02), loss: "binaryCrossentropy" });
  seedModelWeights(model, 11);
  const history = await trainModel(model, { x: signal, y: target, epochs: 6, batchSize: 32, seed: 11 });
  const losses = history.history.loss as number[];
  expect(losses[losses.length - 1]).toBeLessThan(0.6 * (losses[0] as number));
  tf.dispose([signal, target]);
  model.dispose();
});
