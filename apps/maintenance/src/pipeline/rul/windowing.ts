// Fixed-length input windows over an engine's normalised cycles. A window ending at cycle index `end` holds the
// `window` cycles up to and including it; an engine with a shorter history is padded at the front with its
// first cycle (a new engine looks like itself before it was switched on).
import { runToFailureTargets } from "./rul-cap";

export interface Windows {
  /** Row-major count x window x features. */
  x: Float32Array;
  /** Target per window (capped RUL), when known. */
  y: Float32Array;
  count: number;
  window: number;
  features: number;
}

/** Copies the window ending at `end` (inclusive) of `rows` (cycles x features) into `out` at `offset`. */
export function writeWindow(rows: Float32Array, features: number, end: number, window: number, out: Float32Array, offset: number): void {
  const cycles = rows.length / features;
  if (end < 0 || end >= cycles) throw new RangeError(`writeWindow: end ${end} is outside the ${cycles} cycles`);
  for (let k = 0; k < window; k++) {
    const t = end - window + 1 + k;
    const src = t < 0 ? 0 : t;
    out.set(rows.subarray(src * features, (src + 1) * features), offset + k * features);
  }
}

/**
 * Training windows of engines run to failure: one per cycle from `minEnd` (0-based) to the failure cycle, with
 * the capped RUL after that cycle as the target.
 */
export function trainingWindows(engines: readonly Float32Array[], features: number, window: number, cap: number, minEnd: number): Windows {
  let count = 0;
  for (const rows of engines) count += Math.max(0, rows.length / features - minEnd);
  const x = new Float32Array(count * window * features);
  const y = new Float32Array(count);
  let i = 0;
  for (const rows of engines) {
    const cycles = rows.length / features;
    const targets = runToFailureTargets(cycles, cap);
    for (let end = minEnd; end < cycles; end++) {
      writeWindow(rows, features, end, window, x, i * window * features);
      y[i] = targets[end]!;
      i++;
    }
  }
  return { x, y, count, window, features };
}

/** One window per listed end cycle of one engine (e.g. every cycle, for the RUL history of an asset). */
export function windowsAt(rows: Float32Array, features: number, window: number, ends: readonly number[]): Windows {
  const x = new Float32Array(ends.length * window * features);
  ends.forEach((end, i) => writeWindow(rows, features, end, window, x, i * window * features));
  return { x, y: new Float32Array(ends.length), count: ends.length, window, features };
}

/**
 * Averages consecutive blocks of `pool` cycles inside each window (count x window x features -> count x
 * window/pool x features): sensor noise averages out and the network has fewer steps to read.
 */
export function poolWindows(x: Float32Array, count: number, window: number, features: number, pool: number): Float32Array {
  if (pool === 1) return x;
  if (!Number.isInteger(pool) || pool < 1 || window % pool !== 0) throw new RangeError(`poolWindows: window ${window} is not a multiple of pool ${pool}`);
  const steps = window / pool;
  const out = new Float32Array(count * steps * features);
  for (let i = 0; i < count; i++) {
    for (let k = 0; k < steps; k++) {
      for (let j = 0; j < features; j++) {
        let sum = 0;
        for (let q = 0; q < pool; q++) sum += x[(i * window + k * pool + q) * features + j]!;
        out[(i * steps + k) * features + j] = sum / pool;
      }
    }
  }
  return out;
}

/** The last window of each engine (what the official test scores), with the given true RUL as target. */
export function lastWindows(engines: readonly Float32Array[], features: number, window: number, trueRul?: ArrayLike<number>): Windows {
  const x = new Float32Array(engines.length * window * features);
  const y = new Float32Array(engines.length);
  engines.forEach((rows, i) => {
    writeWindow(rows, features, rows.length / features - 1, window, x, i * window * features);
    if (trueRul) y[i] = trueRul[i]!;
  });
  return { x, y, count: engines.length, window, features };
}
