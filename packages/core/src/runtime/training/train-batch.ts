// One training step on the rows `indices`: gather the batch, run the model's own train function (the one
// model.fit uses: training-mode layers, regularisers, optimizer update) and read back loss and metrics.
import * as tf from "@tensorflow/tfjs";

/** tfjs's internal train step: inputs, targets, then per-row loss weights (optional). */
export type TrainStep = (data: tf.Tensor[]) => tf.Scalar[];

export function trainBatch(step: TrainStep, xs: tf.Tensor[], y: tf.Tensor, weights: Float32Array | undefined, indices: Int32Array): number[] {
  const batch = tf.tidy(() => {
    const idx = tf.tensor1d(indices, "int32");
    const data = [...xs.map((x) => tf.gather(x, idx)), tf.gather(y, idx)];
    if (weights) data.push(tf.tensor1d(pick(weights, indices)));
    return data;
  });
  try {
    const outputs = step(batch);
    const values = outputs.map((t) => t.dataSync()[0] as number);
    tf.dispose(outputs);
    return values;
  } finally {
    tf.dispose(batch);
  }
}

function pick(values: Float32Array, indices: Int32Array): Float32Array {
  const out = new Float32Array(indices.length);
  for (let i = 0; i < indices.length; i++) out[i] = values[indices[i] as number] as number;
  return out;
}
