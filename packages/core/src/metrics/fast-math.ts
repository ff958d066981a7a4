// Math functions bound once at module load, for hot loops. A bare `Math.exp` looks `Math` up on
// the global object at every call; in a plain runtime that is cheap, but under jest's sandbox the
// global object is a Proxy and each lookup costs ~0.4 µs, 100x the arithmetic (jestjs/jest#5163,
// #15502). Imported bindings avoid the lookup everywhere.
export const { abs, ceil, exp, expm1, floor, log, log1p, max, min, sqrt } = Math;

/** True for NaN (the only value not equal to itself), without a global lookup. */
export function isNaNValue(v: number): boolean {
  return v !== v;
}

/** True for finite numbers: x - x is 0 for finite x and NaN for ±Infinity or NaN. */
export function isFiniteValue(v: number): boolean {
  return v - v === 0;
}
