// Point-forecast errors in the units of the target.
import { assertFinite, assertNonEmpty, assertSameLength } from "./validate";
import { abs, sqrt } from "./fast-math";

function check(actual: ArrayLike<number>, predicted: ArrayLike<number>): void {
  assertNonEmpty("actual", actual);
  assertSameLength("actual", actual, "predicted", predicted);
  assertFinite("actual", actual);
  assertFinite("predicted", predicted);
}

/** Root mean squared error. */
export function rmse(actual: ArrayLike<number>, predicted: ArrayLike<number>): number {
  check(actual, predicted);
  let sum = 0;
  for (let i = 0; i < actual.length; i++) {
    const d = predicted[i]! - actual[i]!;
    sum += d * d;
  }
  return sqrt(sum / actual.length);
}

/** Mean absolute error. */
export function mae(actual: ArrayLike<number>, predicted: ArrayLike<number>): number {
  check(actual, predicted);
  let sum = 0;
  for (let i = 0; i < actual.length; i++) sum += abs(predicted[i]! - actual[i]!);
  return sum / actual.length;
}
