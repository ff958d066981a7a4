// Input checks shared by every evaluation function. Bad input throws a RangeError naming the
// argument, the index and what was expected, so a caller can find the offending row.
import { isFiniteValue, isNaNValue } from "./fast-math";

/** Thrown when a metric has no defined value for valid input (e.g. ROC-AUC with one class). */
export class UndefinedMetricError extends Error {
  override name = "UndefinedMetricError";
}

export function assertNonEmpty(name: string, values: ArrayLike<number>): void {
  if (values.length === 0) throw new RangeError(`${name} is empty: expected at least one value`);
}

export function assertSameLength(nameA: string, a: ArrayLike<number>, nameB: string, b: ArrayLike<number>): void {
  if (a.length !== b.length) {
    throw new RangeError(`${nameA} has ${a.length} values but ${nameB} has ${b.length}: expected the same length`);
  }
}

/** Labels must be exactly 0 or 1 (the positive class is 1). */
export function assertBinaryLabels(name: string, labels: ArrayLike<number>): void {
  for (let i = 0; i < labels.length; i++) {
    const v = labels[i];
    if (v !== 0 && v !== 1) throw new RangeError(`${name}[${i}] = ${String(v)}: expected 0 or 1`);
  }
}

/** Scores may be any real number, including ±Infinity, but never NaN. */
export function assertNotNaN(name: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "number" || isNaNValue(v)) throw new RangeError(`${name}[${i}] = ${String(v)}: expected a number`);
  }
}

export function assertFinite(name: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "number" || !isFiniteValue(v)) throw new RangeError(`${name}[${i}] = ${String(v)}: expected a finite number`);
  }
}

export function assertProbabilities(name: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "number" || !(v >= 0 && v <= 1)) throw new RangeError(`${name}[${i}] = ${String(v)}: expected a probability in [0, 1]`);
  }
}

export function assertFiniteNumber(name: string, value: number, range?: { min?: number; max?: number; integer?: boolean }): void {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new RangeError(`${name} = ${String(value)}: expected a finite number`);
  if (range?.integer && !Number.isInteger(value)) throw new RangeError(`${name} = ${value}: expected an integer`);
  if (range?.min !== undefined && value < range.min) throw new RangeError(`${name} = ${value}: expected >= ${range.min}`);
  if (range?.max !== undefined && value > range.max) throw new RangeError(`${name} = ${value}: expected <= ${range.max}`);
}

/** The usual checks for (labels, scores) pairs: same non-zero length, 0/1 labels, no NaN scores. */
export function assertLabelsAndScores(labels: ArrayLike<number>, scores: ArrayLike<number>, scoresName = "scores"): void {
  assertNonEmpty("labels", labels);
  assertSameLength("labels", labels, scoresName, scores);
  assertBinaryLabels("labels", labels);
  assertNotNaN(scoresName, scores);
}

/** Tells callers which class is missing when a metric needs both. */
export function requireBothClasses(metric: string, positives: number, negatives: number): void {
  if (positives === 0 || negatives === 0) {
    const present = positives === 0 ? "0 (no positives)" : "1 (no negatives)";
    throw new UndefinedMetricError(`${metric} is undefined: labels contain only class ${present}; it needs both classes`);
  }
}
