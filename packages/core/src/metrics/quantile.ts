// Probabilistic forecast checks: quantile (pinball) loss and prediction-interval coverage.
import { assertFinite, assertFiniteNumber, assertNonEmpty, assertSameLength } from "./validate";

/**
 * Mean pinball loss of a forecast of the q-quantile: q * (y - f) when y >= f, (1 - q) * (f - y)
 * otherwise. At q = 0.5 it is half the MAE. Matches scikit-learn's mean_pinball_loss.
 */
export function pinballLoss(actual: ArrayLike<number>, predictedQuantile: ArrayLike<number>, quantile: number): number {
  assertNonEmpty("actual", actual);
  assertSameLength("actual", actual, "predictedQuantile", predictedQuantile);
  assertFinite("actual", actual);
  assertFinite("predictedQuantile", predictedQuantile);
  assertFiniteNumber("quantile", quantile, { min: 0, max: 1 });
  let sum = 0;
  for (let i = 0; i < actual.length; i++) {
    const d = actual[i]! - predictedQuantile[i]!;
    sum += d >= 0 ? quantile * d : (quantile - 1) * d;
  }
  return sum / actual.length;
}

function checkInterval(lower: ArrayLike<number>, upper: ArrayLike<number>): void {
  assertNonEmpty("lower", lower);
  assertSameLength("lower", lower, "upper", upper);
  assertFinite("lower", lower);
  assertFinite("upper", upper);
  for (let i = 0; i < lower.length; i++) {
    if (lower[i]! > upper[i]!) throw new RangeError(`lower[${i}] = ${lower[i]} exceeds upper[${i}] = ${upper[i]}: expected lower <= upper`);
  }
}

/** Share of actuals inside the closed interval [lower, upper] (compare with the nominal level, e.g. 0.9). */
export function intervalCoverage(actual: ArrayLike<number>, lower: ArrayLike<number>, upper: ArrayLike<number>): number {
  checkInterval(lower, upper);
  assertSameLength("actual", actual, "lower", lower);
  assertFinite("actual", actual);
  let inside = 0;
  for (let i = 0; i < actual.length; i++) if (actual[i]! >= lower[i]! && actual[i]! <= upper[i]!) inside++;
  return inside / actual.length;
}

/** Mean of upper - lower: coverage is only meaningful next to how wide the intervals are. */
export function meanIntervalWidth(lower: ArrayLike<number>, upper: ArrayLike<number>): number {
  checkInterval(lower, upper);
  let sum = 0;
  for (let i = 0; i < lower.length; i++) sum += upper[i]! - lower[i]!;
  return sum / lower.length;
}
