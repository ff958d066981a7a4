// Integrated gradients (Sundararajan et al., 2017): how much each input feature moved a prediction away from
// a baseline input. attribution_j = (x_j - b_j) * mean over the straight path b -> x of d f / d x_j, here by the
// trapezoidal rule over `steps` intervals. Completeness (sum of attributions = f(x) - f(b)) holds exactly for a
// linear f and to within the quadrature error otherwise; the returned `delta` measures that error per row.
import * as tf from "@tensorflow/tfjs";

/** A tfjs model or any differentiable function of a [rows, features] tensor. */
export type Attributable = tf.LayersModel | ((x: tf.Tensor2D) => tf.Tensor);

export interface IntegratedGradientsOptions {
  /** Intervals on the path from the baseline to the input (default 50). */
  steps?: number;
  /** Which output column to explain, for models with several outputs per row (default 0). */
  outputIndex?: number;
  /** Upper bound on interpolated rows per forward/backward pass, to bound memory (default 4096). */
  maxBatchRows?: number;
}

export interface Attributions {
  /** rows x features attributions. */
  attributions: number[][];
  /** f(x) per row (the explained output). */
  outputs: number[];
  /** f(baseline) per row. */
  baselineOutputs: number[];
  /** sum(attributions) - (f(x) - f(baseline)) per row: the quadrature error; small means trustworthy. */
  delta: number[];
}

type Rows = tf.Tensor2D | number[][];

function toMatrix(value: Rows, what: string): tf.Tensor2D {
  const t = value instanceof tf.Tensor ? value : tf.tensor2d(value);
  if (t.rank !== 2) throw new Error(`integratedGradients: ${what} must be [rows, features], got shape [${t.shape.join(", ")}]`);
  return t as tf.Tensor2D;
}

/** f as a function returning one number per row (the chosen output column). */
function scalarPerRow(f: Attributable, outputIndex: number): (x: tf.Tensor2D) => tf.Tensor1D {
  const call = f instanceof tf.LayersModel ? (x: tf.Tensor2D) => f.apply(x) as tf.Tensor : f;
  return (x) => {
    const out = call(x);
    const rows = x.shape[0];
    const matrix = out.reshape([rows, out.size / rows]) as tf.Tensor2D;
    if (outputIndex >= matrix.shape[1]) throw new Error(`integratedGradients: outputIndex ${outputIndex} but f has ${matrix.shape[1]} outputs per row`);
    return matrix.slice([0, outputIndex], [rows, 1]).reshape([rows]) as tf.Tensor1D;
  };
}

/**
 * @param inputs rows to explain, [rows, features]
 * @param baseline one reference row ([features] or [1, features]) or one per input row ([rows, features])
 */
export function integratedGradients(
  f: Attributable,
  inputs: Rows,
  baseline: Rows | tf.Tensor1D | number[],
  options: IntegratedGradientsOptions = {},
): Attributions {
  const steps = options.steps ?? 50;
  if (!Number.isInteger(steps) || steps < 1) throw new Error(`integratedGradients: steps must be a positive integer, got ${steps}`);
  const maxBatchRows = options.maxBatchRows ?? 4096;
  const g = scalarPerRow(f, options.outputIndex ?? 0);
  const gradient = tf.grad((x: tf.Tensor) => g(x as tf.Tensor2D).sum());

  return tf.tidy(() => {
    const x = toMatrix(inputs, "inputs");
    const [rows, features] = x.shape;
    const base1 = Array.isArray(baseline) && !Array.isArray(baseline[0]) ? tf.tensor2d([baseline as number[]]) : baseline;
    let b = base1 instanceof tf.Tensor && base1.rank === 1 ? base1.reshape([1, -1]) : toMatrix(base1 as Rows, "baseline");
    if (b.shape[1] !== features) throw new Error(`integratedGradients: baseline has ${b.shape[1]} features, inputs have ${features}`);
    if (b.shape[0] === 1) b = b.tile([rows, 1]);
    else if (b.shape[0] !== rows) throw new Error(`integratedGradients: baseline has ${b.shape[0]} rows; expected 1 or ${rows}`);

    // Trapezoid weights on alpha = 0, 1/steps, ..., 1.
    const alphas = Array.from({ length: steps + 1 }, (_, k) => k / steps);
    const weights = alphas.map((_, k) => (k === 0 || k === steps ? 0.5 : 1) / steps);
    const diff = x.sub(b) as tf.Tensor2D;
    const rowsPerChunk = Math.max(1, Math.floor(maxBatchRows / (steps + 1)));
    const averaged: tf.Tensor2D[] = [];
    for (let start = 0; start < rows; start += rowsPerChunk) {
      const n = Math.min(rowsPerChunk, rows - start);
      averaged.push(
        tf.tidy(() => {
          const bChunk = b.slice([start, 0], [n, features]);
          const dChunk = diff.slice([start, 0], [n, features]);
          // [steps+1, n, features] points on the path, flattened to one batch.
          const alpha = tf.tensor1d(alphas).reshape([steps + 1, 1, 1]);
          const path = bChunk.expandDims(0).add(alpha.mul(dChunk.expandDims(0))).reshape([(steps + 1) * n, features]);
          const grads = gradient(path).reshape([steps + 1, n, features]);
          return grads.mul(tf.tensor1d(weights).reshape([steps + 1, 1, 1])).sum(0) as tf.Tensor2D;
        }),
      );
    }
    const attributions = tf.concat(averaged, 0).mul(diff) as tf.Tensor2D;
    const outputs = g(x);
    const baselineOutputs = g(b as tf.Tensor2D);
    const delta = attributions.sum(1).sub(outputs.sub(baselineOutputs));
    return {
      attributions: attributions.arraySync(),
      outputs: Array.from(outputs.dataSync()),
      baselineOutputs: Array.from(baselineOutputs.dataSync()),
      delta: Array.from(delta.dataSync()),
    };
  });
}
