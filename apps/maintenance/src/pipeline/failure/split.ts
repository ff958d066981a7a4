// Seeded, stratified splits: the same share of failures in every part, replayable from the seed.
import { createRng } from "@verticals/core";

/** Rows split into [train, test] with `testShare` of each class in test; both sorted ascending. */
export function stratifiedSplit(labels: ArrayLike<number>, testShare: number, seed: number): { train: Int32Array; test: Int32Array } {
  if (!(testShare > 0 && testShare < 1)) throw new RangeError(`stratifiedSplit: testShare must be in (0, 1), got ${testShare}`);
  const rng = createRng(seed);
  const train: number[] = [];
  const test: number[] = [];
  for (const cls of [0, 1]) {
    const rows: number[] = [];
    for (let i = 0; i < labels.length; i++) if (labels[i] === cls) rows.push(i);
    rng.shuffle(rows);
    const nTest = Math.round(rows.length * testShare);
    test.push(...rows.slice(0, nTest));
    train.push(...rows.slice(nTest));
  }
  return { train: Int32Array.from(train).sort(), test: Int32Array.from(test).sort() };
}

/** Fold number (0..k-1) of every row, each class dealt round-robin after a seeded shuffle. */
export function stratifiedFolds(labels: ArrayLike<number>, k: number, seed: number): Int32Array {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`stratifiedFolds: k must be an integer >= 2, got ${k}`);
  const rng = createRng(seed);
  const fold = new Int32Array(labels.length);
  for (const cls of [0, 1]) {
    const rows: number[] = [];
    for (let i = 0; i < labels.length; i++) if (labels[i] === cls) rows.push(i);
    rng.shuffle(rows).forEach((row, j) => (fold[row] = j % k));
  }
  return fold;
}

/** Rows of a row-major matrix, as a new matrix. */
export function selectRows(X: Float64Array, columns: number, rows: ArrayLike<number>): Float64Array {
  const out = new Float64Array(rows.length * columns);
  for (let k = 0; k < rows.length; k++) out.set(X.subarray(rows[k]! * columns, (rows[k]! + 1) * columns), k * columns);
  return out;
}

export function selectValues<T extends Float64Array | Uint8Array>(values: T, rows: ArrayLike<number>): T {
  const out = new (values.constructor as new (n: number) => T)(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = values[rows[k]!]!;
  return out;
}
