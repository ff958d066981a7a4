// Per-sample loss weights from class weights and/or explicit sample weights. tfjs's fit() refuses sample
// weights ("not supported yet"), so the training loop feeds these to the model's own train function.
import * as tf from "@tensorflow/tfjs";

/** The class of each row: argmax for one-hot / softmax targets, the rounded value for a single column. */
export function classLabels(y: tf.Tensor): Int32Array {
  const rows = y.shape[0] ?? 0;
  const columns = y.rank <= 1 ? 1 : y.size / Math.max(rows, 1);
  const values = y.dataSync();
  const labels = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    if (columns === 1) {
      labels[i] = Math.round(values[i] as number);
      continue;
    }
    let best = 0;
    for (let k = 1; k < columns; k++) if ((values[i * columns + k] as number) > (values[i * columns + best] as number)) best = k;
    labels[i] = best;
  }
  return labels;
}

export function computeSampleWeights(
  y: tf.Tensor,
  classWeight: Record<number, number> | undefined,
  sampleWeight: ArrayLike<number> | tf.Tensor | undefined,
): Float32Array | undefined {
  if (!classWeight && sampleWeight === undefined) return undefined;
  const rows = y.shape[0] ?? 0;
  const weights = new Float32Array(rows).fill(1);
  if (sampleWeight !== undefined) {
    const given = sampleWeight instanceof tf.Tensor ? sampleWeight.dataSync() : sampleWeight;
    if (given.length !== rows) throw new Error(`sampleWeight has ${given.length} values but y has ${rows} rows`);
    for (let i = 0; i < rows; i++) {
      const w = given[i] as number;
      if (!Number.isFinite(w) || w < 0) throw new Error(`sampleWeight[${i}] is ${w}; expected a finite number >= 0`);
      weights[i] = w;
    }
  }
  if (classWeight) {
    for (const [label, w] of Object.entries(classWeight)) {
      if (!Number.isFinite(w) || w < 0) throw new Error(`classWeight[${label}] is ${w}; expected a finite number >= 0`);
    }
    const labels = classLabels(y);
    for (let i = 0; i < rows; i++) {
      const w = classWeight[labels[i] as number];
      if (w === undefined) {
        throw new Error(`classWeight has no entry for class ${labels[i]} (row ${i} of y); give a weight for every class`);
      }
      weights[i] = (weights[i] as number) * w;
    }
  }
  return weights;
}
