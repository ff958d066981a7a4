// The piecewise-linear RUL target (Heimes 2008): an engine degrades unnoticeably early in life, so the target is
// held at a constant `cap` and falls linearly to 0 at failure. Training on raw RUL would ask the model to tell a
// 300-cycle engine from a 200-cycle one from sensors that do not yet differ.

/** min(cap, cycles to failure); cycles to failure is never negative. */
export function cappedRul(cyclesToFailure: number, cap: number): number {
  if (!(cap > 0)) throw new RangeError(`cappedRul: cap must be positive, got ${cap}`);
  if (!(cyclesToFailure >= 0)) throw new RangeError(`cappedRul: cycles to failure must be >= 0, got ${cyclesToFailure}`);
  return cyclesToFailure < cap ? cyclesToFailure : cap;
}

/** Capped RUL after every cycle of an engine run to failure at its last cycle (the last cycle has RUL 0). */
export function runToFailureTargets(cycles: number, cap: number): Float32Array {
  const out = new Float32Array(cycles);
  for (let t = 0; t < cycles; t++) out[t] = cappedRul(cycles - 1 - t, cap);
  return out;
}
