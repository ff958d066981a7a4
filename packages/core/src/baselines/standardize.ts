// Feature standardisation (z-scores) as in scikit-learn's StandardScaler: population standard
// deviation; a constant column keeps scale 1 so it becomes all zeros instead of NaN.
// Baselines are fitted on standardised features so one L2 penalty treats all features alike.
import type { Matrix } from "./matrix";
import { sqrt } from "../metrics/fast-math";

export interface Standardization {
  means: number[];
  scales: number[];
}

export function fitStandardization({ data, rows, columns }: Matrix): Standardization {
  const means = new Float64Array(columns);
  for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) means[c]! += data[r * columns + c]!;
  for (let c = 0; c < columns; c++) means[c]! /= rows;
  const variances = new Float64Array(columns);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const d = data[r * columns + c]! - means[c]!;
      variances[c]! += d * d;
    }
  }
  const scales = Array.from(variances, (v) => {
    const sd = sqrt(v / rows);
    return sd > 0 ? sd : 1;
  });
  return { means: Array.from(means), scales };
}

/** A new matrix of z-scores; `source` names the model in the shape error. */
export function standardize(matrix: Matrix, { means, scales }: Standardization, source = "model"): Matrix {
  const { data, rows, columns } = matrix;
  if (columns !== means.length) throw new RangeError(`features have ${columns} columns but ${source} expects ${means.length}`);
  const out = new Float64Array(data.length);
  for (let r = 0; r < rows; r++) {
    const base = r * columns;
    for (let c = 0; c < columns; c++) out[base + c] = (data[base + c]! - means[c]!) / scales[c]!;
  }
  return { data: out, rows, columns };
}
