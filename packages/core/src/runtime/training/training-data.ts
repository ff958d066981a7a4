// Turns trainModel's inputs into what the loop needs: training tensors, validation tensors (given, or the
// last fraction of rows as Keras does), per-row loss weights; all checked for row counts and finite values.
import * as tf from "@tensorflow/tfjs";
import { assertFinite } from "./check-finite";
import { computeSampleWeights } from "./sample-weights";

export type Inputs = tf.Tensor | tf.Tensor[];

export interface DataOptions {
  x: Inputs;
  y: tf.Tensor;
  validation?: { x: Inputs; y: tf.Tensor } | { split: number };
  classWeight?: Record<number, number>;
  sampleWeight?: ArrayLike<number> | tf.Tensor;
}

export interface TrainingData {
  xs: tf.Tensor[];
  y: tf.Tensor;
  rows: number;
  val?: { xs: tf.Tensor[]; y: tf.Tensor };
  /** Per-row loss weights, when class or sample weights were given. */
  weights?: Float32Array;
  /** Tensors made here (validation split slices), to dispose after training. */
  owned: tf.Tensor[];
}

export const asList = (x: Inputs): tf.Tensor[] => (Array.isArray(x) ? x : [x]);
export const rowsOf = (t: tf.Tensor): number => t.shape[0] ?? 0;

function checkRows(xs: tf.Tensor[], y: tf.Tensor, what: string): number {
  const rows = rowsOf(y);
  xs.forEach((x, i) => {
    if (rowsOf(x) !== rows) throw new Error(`${what}: input ${i} has ${rowsOf(x)} rows but y has ${rows}`);
  });
  return rows;
}

const sliceRows = (t: tf.Tensor, start: number, end: number): tf.Tensor => t.slice([start], [end - start]);

export function prepareTrainingData(inputCount: number, options: DataOptions): TrainingData {
  let xs = asList(options.x);
  let y = options.y;
  if (xs.length !== inputCount) throw new Error(`trainModel: model has ${inputCount} inputs, got ${xs.length}`);
  const allRows = checkRows(xs, y, "trainModel x");
  const owned: tf.Tensor[] = [];
  let weightsSource = options.sampleWeight;
  let val: TrainingData["val"];
  if (options.validation && "split" in options.validation) {
    const { split } = options.validation;
    if (!(split > 0 && split < 1)) throw new Error(`trainModel: validation.split must be in (0, 1), got ${split}`);
    const cut = Math.floor(allRows * (1 - split));
    if (cut < 1 || cut >= allRows) throw new Error(`trainModel: validation.split ${split} of ${allRows} rows leaves an empty part`);
    if (weightsSource !== undefined) {
      const all = weightsSource instanceof tf.Tensor ? weightsSource.dataSync() : weightsSource;
      if (all.length !== allRows) throw new Error(`sampleWeight has ${all.length} values but y has ${allRows} rows`);
      weightsSource = Array.from({ length: cut }, (_, i) => all[i] as number);
    }
    val = { xs: xs.map((x) => sliceRows(x, cut, allRows)), y: sliceRows(y, cut, allRows) };
    xs = xs.map((x) => sliceRows(x, 0, cut));
    y = sliceRows(y, 0, cut);
    owned.push(...val.xs, val.y, ...xs, y);
  } else if (options.validation) {
    const vxs = asList(options.validation.x);
    checkRows(vxs, options.validation.y, "trainModel validation.x");
    val = { xs: vxs, y: options.validation.y };
  }
  try {
    const name = (prefix: string, i: number, n: number) => (n > 1 ? `${prefix}[${i}]` : prefix);
    xs.forEach((x, i) => assertFinite(x, name("trainModel x", i, xs.length)));
    assertFinite(y, "trainModel y");
    if (val) {
      val.xs.forEach((x, i, all) => assertFinite(x, name("trainModel validation x", i, all.length)));
      assertFinite(val.y, "trainModel validation y");
    }
    const weights = computeSampleWeights(y, options.classWeight, weightsSource);
    return { xs, y, rows: rowsOf(y), ...(val ? { val } : {}), ...(weights ? { weights } : {}), owned };
  } catch (error) {
    tf.dispose(owned);
    throw error;
  }
}
