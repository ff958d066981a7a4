// Scaled forecast errors: a forecast's error divided by the in-sample error of a naive forecast,
// so series of very different volume can be compared and averaged (below 1 beats naive).
import { UndefinedMetricError, assertFinite, assertFiniteNumber, assertNonEmpty, assertSameLength } from "./validate";
import { abs, isFiniteValue, sqrt } from "./fast-math";

export interface ForecastSeries {
  /** Observed values over the forecast horizon. */
  actual: ArrayLike<number>;
  /** Forecasts for the same horizon. */
  forecast: ArrayLike<number>;
  /** The in-sample (training) series that precedes the horizon, oldest first. */
  history: ArrayLike<number>;
}

function checkSeries({ actual, forecast, history }: ForecastSeries): void {
  assertNonEmpty("actual", actual);
  assertSameLength("actual", actual, "forecast", forecast);
  assertFinite("actual", actual);
  assertFinite("forecast", forecast);
  assertFinite("history", history);
}

/**
 * Mean absolute scaled error (Hyndman & Koehler 2006): MAE of the forecast divided by the mean
 * |history[t] - history[t - m]| over the whole history (seasonal naive with period m, default 1).
 * Throws UndefinedMetricError when the history is too short or that scale is 0 (constant history).
 */
export function mase(series: ForecastSeries & { seasonality?: number }): number {
  checkSeries(series);
  const m = series.seasonality ?? 1;
  assertFiniteNumber("seasonality", m, { min: 1, integer: true });
  const { actual, forecast, history } = series;
  if (history.length <= m) {
    throw new UndefinedMetricError(`MASE is undefined: history has ${history.length} values, needs more than seasonality ${m}`);
  }
  let scale = 0;
  for (let t = m; t < history.length; t++) scale += abs(history[t]! - history[t - m]!);
  scale /= history.length - m;
  if (scale === 0) throw new UndefinedMetricError(`MASE is undefined: the seasonal naive error of history (m = ${m}) is 0`);
  let error = 0;
  for (let i = 0; i < actual.length; i++) error += abs(forecast[i]! - actual[i]!);
  return error / actual.length / scale;
}

/**
 * Root mean squared scaled error, as in the M5 competition: sqrt(MSE over the horizon / scale),
 * scale = mean of (history[t] - history[t-1])^2 counted from the first non-zero value of history
 * (leading zeros are days before the product was on sale, and would flatter the naive forecast).
 * Throws UndefinedMetricError when history has no non-zero value, no difference after it, or scale 0.
 */
export function rmsse(series: ForecastSeries): number {
  checkSeries(series);
  const scale = rmsseScale(series.history);
  const { actual, forecast } = series;
  let error = 0;
  for (let i = 0; i < actual.length; i++) {
    const d = forecast[i]! - actual[i]!;
    error += d * d;
  }
  return sqrt(error / actual.length / scale);
}

/** The M5 RMSSE denominator (see rmsse). */
export function rmsseScale(history: ArrayLike<number>): number {
  let start = 0;
  while (start < history.length && history[start] === 0) start++;
  if (start === history.length) throw new UndefinedMetricError("RMSSE is undefined: history has no non-zero value");
  if (start === history.length - 1) {
    throw new UndefinedMetricError("RMSSE is undefined: history has only one value from its first non-zero observation on");
  }
  let scale = 0;
  for (let t = start + 1; t < history.length; t++) {
    const d = history[t]! - history[t - 1]!;
    scale += d * d;
  }
  scale /= history.length - start - 1;
  if (scale === 0) throw new UndefinedMetricError("RMSSE is undefined: history is constant from its first non-zero observation");
  return scale;
}

export interface WeightedRmsse {
  /** sum_i w_i * RMSSE_i with weights normalised to sum to 1 (the M5 WRMSSE). */
  score: number;
  /** RMSSE of each series; NaN for series with weight 0 (skipped). */
  perSeries: Float64Array;
  /** The normalised weights actually used. */
  weights: Float64Array;
}

/**
 * Weighted RMSSE over many series. Weights (e.g. M5's dollar sales over the last 28 days, or unit
 * sales: the caller's choice) must be finite and >= 0 with a positive sum; they are normalised to
 * sum to 1. Series with weight 0 are skipped entirely, so their RMSSE may be undefined.
 */
export function weightedRmsse(series: readonly ForecastSeries[], weights: ArrayLike<number>): WeightedRmsse {
  if (series.length === 0) throw new RangeError("series is empty: expected at least one series");
  if (weights.length !== series.length) {
    throw new RangeError(`series has ${series.length} entries but weights has ${weights.length}: expected the same length`);
  }
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (!isFiniteValue(w) || w < 0) throw new RangeError(`weights[${i}] = ${String(w)}: expected a finite number >= 0`);
    total += w;
  }
  if (total === 0) throw new RangeError("weights sum to 0: expected at least one positive weight");
  const normalised = new Float64Array(series.length);
  const perSeries = new Float64Array(series.length).fill(Number.NaN);
  let score = 0;
  for (let i = 0; i < series.length; i++) {
    normalised[i] = weights[i]! / total;
    if (normalised[i] === 0) continue;
    try {
      perSeries[i] = rmsse(series[i]!);
    } catch (error) {
      // Name the series, keep the error's class (UndefinedMetricError vs RangeError).
      if (error instanceof Error) error.message = `series[${i}]: ${error.message}`;
      throw error;
    }
    score += normalised[i]! * perSeries[i]!;
  }
  return { score, perSeries, weights: normalised };
}
