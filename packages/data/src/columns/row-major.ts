/**
 * Interleave columns into one row-major Float32Array (row i = values i of each column, in order):
 * the layout tensor libraries take for a [rows, columns] matrix.
 */
export function toRowMajor(columns: readonly ArrayLike<number>[], rows?: number): Float32Array {
  const n = rows ?? columns[0]?.length ?? 0;
  const width = columns.length;
  const out = new Float32Array(n * width);
  for (let c = 0; c < width; c++) {
    const column = columns[c]!;
    if (column.length < n) throw new RangeError(`toRowMajor: column ${c} has ${column.length} values, expected ${n}`);
    for (let r = 0; r < n; r++) out[r * width + c] = column[r]!;
  }
  return out;
}
