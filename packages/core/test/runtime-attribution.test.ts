// Integrated gradients: completeness (attributions sum to f(x) - f(baseline)) exactly for a linear model,
// within quadrature tolerance for a small MLP, and the per-feature split is right where it is known.
import { beforeAll, describe, expect, it } from "@jest/globals";
import * as tf from "@tensorflow/tfjs";
import { integratedGradients } from "../src/runtime/attribution/integrated-gradients";
import { initBackend } from "../src/runtime/backend/init-backend";
import { seedModelWeights } from "../src/runtime/random/seed-layers";

beforeAll(async () => {
  await initBackend({ backend: "wasm" });
});

const inputs = [
  [1, 2, -1, 0.5],
  [0, -3, 2, 1],
  [4, 0.5, 0.5, -2],
];

describe("integratedGradients", () => {
  it("is exact for a linear model: attribution_j = w_j (x_j - b_j)", () => {
    const w = [0.5, -1, 2, 3];
    const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [4], units: 1, weights: [tf.tensor2d(w, [4, 1]), tf.tensor1d([0.7])] })] });
    const baseline = [0.5, 0.5, 0.5, 0.5];
    const result = integratedGradients(model, inputs, baseline, { steps: 8 });
    result.attributions.forEach((row, i) => {
      row.forEach((a, j) => expect(a).toBeCloseTo(w[j]! * (inputs[i]![j]! - baseline[j]!), 5));
      expect(Math.abs(result.delta[i]!)).toBeLessThan(1e-5);
      const sum = row.reduce((s, v) => s + v, 0);
      expect(sum).toBeCloseTo(result.outputs[i]! - result.baselineOutputs[i]!, 5);
    });
  });

  const mlp = (hidden: "relu" | "tanh") => {
    const model = tf.sequential();
    model.add(tf.layers.dense({ inputShape: [4], units: 16, activation: "tanh" }));
    model.add(tf.layers.dense({ units: 8, activation: hidden }));
    model.add(tf.layers.dense({ units: 1, activation: "sigmoid" }));
    seedModelWeights(model, 3);
    return model;
  };
  const zeros = [0, 0, 0, 0];

  it("satisfies completeness within 1% for a small ReLU MLP, tightening with more steps", () => {
    const model = mlp("relu");
    const coarse = integratedGradients(model, inputs, zeros, { steps: 8 });
    const fine = integratedGradients(model, inputs, zeros, { steps: 200 });
    fine.delta.forEach((delta, i) => {
      const change = fine.outputs[i]! - fine.baselineOutputs[i]!;
      expect(Math.abs(change)).toBeGreaterThan(0.02); // a real change in output is being explained
      expect(Math.abs(delta)).toBeLessThan(0.01 * Math.abs(change));
      expect(Math.abs(delta)).toBeLessThan(Math.abs(coarse.delta[i]!) / 10);
    });
    expect(fine.outputs).toEqual(Array.from((model.predict(tf.tensor2d(inputs)) as tf.Tensor).dataSync()));
  });

  it("converges quadratically for a smooth MLP (trapezoidal rule): 50 steps give |delta| < 1e-5", () => {
    const result = integratedGradients(mlp("tanh"), inputs, zeros, { steps: 50 });
    for (const delta of result.delta) expect(Math.abs(delta)).toBeLessThan(1e-5);
  });

  it("accepts a plain function, a per-row baseline, an output column, and chunks large batches", () => {
    // f(x) = [x0 * x1, x2^2]: for column 1 only feature 2 matters, and IG of x^2 from 0 is exactly x^2 (trapezoid on a linear gradient).
    const f = (x: tf.Tensor2D) => tf.stack([x.slice([0, 0], [-1, 1]).mul(x.slice([0, 1], [-1, 1])).squeeze([1]), x.slice([0, 2], [-1, 1]).square().squeeze([1])], 1);
    const baseline = tf.zeros([3, 4]) as tf.Tensor2D;
    const result = integratedGradients(f, inputs, baseline, { steps: 10, outputIndex: 1, maxBatchRows: 11 });
    result.attributions.forEach((row, i) => {
      for (const j of [0, 1, 3]) expect(Math.abs(row[j]!)).toBe(0);
      expect(row[2]).toBeCloseTo(inputs[i]![2]! ** 2, 5);
    });
    expect(() => integratedGradients(f, inputs, [0, 0], { steps: 4 })).toThrow("baseline has 2 features, inputs have 4");
    expect(() => integratedGradients(f, inputs, [0, 0, 0, 0], { outputIndex: 2 })).toThrow("outputIndex 2 but f has 2 outputs per row");
  });
});
