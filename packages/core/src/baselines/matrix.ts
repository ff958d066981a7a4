// Feature matrices as plain data: either rows of numbers, or one row-major typed array with its
// shape (cheaper for 784-pixel images). Everything is copied into a Float64Array once.
import { floor, isFiniteValue } from "../metrics/fast-math";
export interface DenseMatrix {
  /** Row-major values: row r, column c is data[r * columns + c]. */
  data: ArrayLike<number>;
  rows: number;
  columns: number;
}

export type FeatureMatrix = ArrayLike<ArrayLike<number>> | DenseMatrix;

export interface Matrix {
  data: Float64Array;
  rows: number;
  columns: number;
}

function isDense(features: FeatureMatrix): features is DenseMatrix {
  return typeof (features as DenseMatrix).columns === "number" && typeof (features as DenseMatrix).rows === "number";
}

export function rowCount(features: FeatureMatrix): number {
  return isDense(features) ? features.rows : features.length;
}

/** Copy into a row-major Float64Array, checking shape and that every value is finite. */
export function toMatrix(features: FeatureMatrix, name = "features"): Matrix {
  if (isDense(features)) {
    const { rows, columns } = features;
    if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 1 || columns < 1) {
      throw new RangeError(`${name} has shape ${rows} x ${columns}: expected positive integers`);
    }
    if (features.data.length !== rows * columns) {
      throw new RangeError(`${name}.data has ${features.data.length} values: expected rows * columns = ${rows * columns}`);
    }
    const data = Float64Array.from(features.data);
    for (let i = 0; i < data.length; i++) {
      if (!isFiniteValue(data[i]!)) {
        throw new RangeError(`${name} row ${floor(i / columns)}, column ${i % columns} = ${String(features.data[i])}: expected a finite number`);
      }
    }
    return { data, rows, columns };
  }
  const rows = features.length;
  if (rows < 1) throw new RangeError(`${name} has no rows: expected at least one`);
  const columns = features[0]!.length;
  if (columns < 1) throw new RangeError(`${name} row 0 has no columns: expected at least one`);
  const data = new Float64Array(rows * columns);
  for (let r = 0; r < rows; r++) {
    const row = features[r]!;
    if (row.length !== columns) throw new RangeError(`${name} row ${r} has ${row.length} values: expected ${columns} like row 0`);
    for (let c = 0; c < columns; c++) {
      const v = row[c]!;
      if (typeof v !== "number" || !isFiniteValue(v)) {
        throw new RangeError(`${name} row ${r}, column ${c} = ${String(v)}: expected a finite number`);
      }
      data[r * columns + c] = v;
    }
  }
  return { data, rows, columns };
}
