// NaN or infinite inputs must fail loudly before training: on the wasm backend relu(NaN) is 0, so a NaN feature
// would otherwise be silently treated as zero and the model trained on wrong data.
import * as tf from "@tensorflow/tfjs";

export function assertFinite(t: tf.Tensor, what: string): void {
  if (t.dtype !== "float32") return;
  const allFinite = tf.tidy(() => tf.all(tf.isFinite(t)).dataSync()[0] === 1);
  if (allFinite) return;
  const values = t.dataSync();
  const rows = t.shape[0] ?? 1;
  const perRow = rows > 0 ? t.size / rows : 1;
  const at = values.findIndex((v) => !Number.isFinite(v));
  const row = Math.floor(at / perRow);
  const column = at % perRow;
  throw new Error(`${what}: row ${row}${perRow > 1 ? `, column ${column}` : ""} is ${values[at]}; expected finite numbers (impute or drop it first)`);
}
