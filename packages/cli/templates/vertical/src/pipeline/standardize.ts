// Feature scaling learnt on the training rows only (so nothing about validation or test leaks in) and
// saved with the model: the same numbers must be applied when scoring.
export interface Standardizer {
  means: number[];
  scales: number[];
}

export function fitStandardizer(features: Float32Array, columns: number, rows: ArrayLike<number>): Standardizer {
  const means = new Array<number>(columns).fill(0);
  const squares = new Array<number>(columns).fill(0);
  for (let i = 0; i < rows.length; i++) {
    const offset = rows[i]! * columns;
    for (let c = 0; c < columns; c++) {
      const value = features[offset + c]!;
      means[c]! += value;
      squares[c]! += value * value;
    }
  }
  const n = Math.max(1, rows.length);
  const scales = means.map((sum, c) => {
    const variance = squares[c]! / n - (sum / n) ** 2;
    // A constant column keeps scale 1 rather than dividing by zero.
    return variance > 1e-12 ? Math.sqrt(variance) : 1;
  });
  return { means: means.map((sum) => sum / n), scales };
}

/** The selected rows, scaled, as one row-major array (rows.length x columns). */
export function standardizeRows(features: ArrayLike<number>, columns: number, rows: ArrayLike<number>, { means, scales }: Standardizer): Float32Array {
  const out = new Float32Array(rows.length * columns);
  for (let i = 0; i < rows.length; i++) {
    const offset = rows[i]! * columns;
    for (let c = 0; c < columns; c++) out[i * columns + c] = (features[offset + c]! - means[c]!) / scales[c]!;
  }
  return out;
}
