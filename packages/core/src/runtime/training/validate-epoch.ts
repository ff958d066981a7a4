// Validation at the end of an epoch: the model's compiled loss and metrics (tfjs evaluate, inference mode) plus
// metrics computed in JS from the predictions (e.g. ROC AUC, which tfjs does not have).
import * as tf from "@tensorflow/tfjs";
import { rowsOf } from "./training-data";

/** A validation metric computed in JS from flat row-major arrays (rows x columns). */
export type ValidationMetric = (yTrue: Float32Array, yPred: Float32Array, shape: { rows: number; columns: number }) => number;

export function validateEpoch(
  model: tf.LayersModel,
  val: { xs: tf.Tensor[]; y: tf.Tensor },
  batchSize: number,
  custom: Record<string, ValidationMetric> | undefined,
): Record<string, number> {
  const x = val.xs.length === 1 ? (val.xs[0] as tf.Tensor) : val.xs;
  const evaluated = model.evaluate(x, val.y, { batchSize });
  const scalars = Array.isArray(evaluated) ? evaluated : [evaluated];
  const out: Record<string, number> = {};
  model.metricsNames.forEach((name, i) => {
    const scalar = scalars[i];
    if (scalar) out[name] = scalar.dataSync()[0] as number;
  });
  tf.dispose(scalars);
  if (custom && Object.keys(custom).length > 0) {
    const predicted = model.predict(x, { batchSize }) as tf.Tensor;
    const rows = rowsOf(val.y);
    const shape = { rows, columns: rows > 0 ? val.y.size / rows : 1 };
    const yTrue = Float32Array.from(val.y.dataSync());
    const yPred = Float32Array.from(predicted.dataSync());
    predicted.dispose();
    for (const [name, metric] of Object.entries(custom)) out[name] = metric(yTrue, yPred, shape);
  }
  return out;
}
