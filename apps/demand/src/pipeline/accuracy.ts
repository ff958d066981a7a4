// Scores a probabilistic forecast against what sold, the M5 way: RMSSE per series, weighted by each series'
// unit sales over the 28 days before the horizon; plus coverage of the 80% and 95% bands and the pinball loss.
import { intervalCoverage, pinballLoss, rmsse, UndefinedMetricError, weightedRmsse } from "@verticals/core";
import { Q025, Q10, Q90, Q975, QUANTILE_LEVELS } from "./distributions";
import type { ForecastSet } from "./forecast-set";

export const WEIGHT_WINDOW = 28;

export interface AccuracyReport {
  weighted_rmsse: number;
  mean_rmsse: number;
  coverage_80: number;
  coverage_95: number;
  /** Mean pinball loss over the quantile levels, in units. */
  pinball: number;
  /** Series scored (RMSSE defined: the series sold something before the horizon and varied). */
  series_scored: number;
  series: number;
}

export interface SeriesScores {
  /** RMSSE per series; NaN where undefined (never sold, or constant history). */
  rmsse: Float64Array;
  /** Unit sales of each series in the WEIGHT_WINDOW days before the horizon. */
  weights: Float64Array;
}

/** Units sold over the `window` days before `origin`: the M5 weighting in units. */
export function salesWeights(sales: readonly ArrayLike<number>[], origin: number, window = WEIGHT_WINDOW): Float64Array {
  return Float64Array.from(sales, (y) => {
    let sum = 0;
    for (let t = Math.max(0, origin - window); t < origin; t++) sum += y[t]!;
    return sum;
  });
}

/** RMSSE of every series (NaN where undefined) and the M5 unit-sales weights. */
export function seriesScores(actual: readonly ArrayLike<number>[], forecast: ForecastSet): SeriesScores {
  const { origin, horizon } = forecast;
  const weights = salesWeights(actual, origin);
  const values = new Float64Array(actual.length);
  actual.forEach((y, i) => {
    const series = { history: sliceOf(y, 0, origin), actual: sliceOf(y, origin, origin + horizon), forecast: forecast.series[i]!.mean };
    try {
      values[i] = rmsse(series);
    } catch (error) {
      if (!(error instanceof UndefinedMetricError)) throw error;
      values[i] = Number.NaN;
    }
  });
  return { rmsse: values, weights };
}

/**
 * Scores `forecast` on actual[i][origin .. origin + horizon). `subset` restricts the report to some series
 * (a demand class); weights are renormalised within it.
 */
export function scoreForecast(actual: readonly ArrayLike<number>[], forecast: ForecastSet, subset?: readonly number[], precomputed?: SeriesScores): AccuracyReport {
  const { origin, horizon } = forecast;
  if (actual.length !== forecast.series.length) throw new RangeError(`scoreForecast: ${actual.length} actual series but ${forecast.series.length} forecasts`);
  for (const [i, y] of actual.entries()) {
    if (y.length < origin + horizon) throw new RangeError(`scoreForecast: series ${i} has ${y.length} days, needs ${origin + horizon} (origin ${origin} + horizon ${horizon})`);
  }
  const scores = precomputed ?? seriesScores(actual, forecast);
  const chosen = subset ?? actual.map((_, i) => i);
  // Series whose RMSSE is undefined get weight 0 (weightedRmsse skips them); they sold nothing in the window anyway,
  // unless their only sales are that recent, which is rare and reported through series_scored.
  const forWeighted = chosen.map((i) => ({ history: sliceOf(actual[i]!, 0, origin), actual: sliceOf(actual[i]!, origin, origin + horizon), forecast: forecast.series[i]!.mean }));
  const weights = chosen.map((i) => (Number.isFinite(scores.rmsse[i]!) ? scores.weights[i]! : 0));
  const weighted = weights.some((w) => w > 0) ? weightedRmsse(forWeighted, weights).score : Number.NaN;
  let sum = 0;
  let scored = 0;
  for (const i of chosen) {
    if (Number.isFinite(scores.rmsse[i]!)) {
      sum += scores.rmsse[i]!;
      scored++;
    }
  }
  const pooled = pool(actual, forecast, chosen);
  let pinball = 0;
  QUANTILE_LEVELS.forEach((level, k) => (pinball += pinballLoss(pooled.actual, pooled.quantiles[k]!, level)));
  return {
    weighted_rmsse: weighted,
    mean_rmsse: scored > 0 ? sum / scored : Number.NaN,
    coverage_80: intervalCoverage(pooled.actual, pooled.quantiles[Q10]!, pooled.quantiles[Q90]!),
    coverage_95: intervalCoverage(pooled.actual, pooled.quantiles[Q025]!, pooled.quantiles[Q975]!),
    pinball: pinball / QUANTILE_LEVELS.length,
    series_scored: scored,
    series: chosen.length,
  };
}

function sliceOf(y: ArrayLike<number>, from: number, to: number): Float64Array {
  const out = new Float64Array(to - from);
  for (let t = from; t < to; t++) out[t - from] = y[t]!;
  return out;
}

/** All chosen series' horizon days in one list, with the matching quantiles. */
function pool(actual: readonly ArrayLike<number>[], forecast: ForecastSet, chosen: readonly number[]): { actual: Float64Array; quantiles: Float64Array[] } {
  const { origin, horizon } = forecast;
  const values = new Float64Array(chosen.length * horizon);
  const quantiles = QUANTILE_LEVELS.map(() => new Float64Array(chosen.length * horizon));
  chosen.forEach((i, n) => {
    const f = forecast.series[i]!;
    for (let h = 0; h < horizon; h++) {
      values[n * horizon + h] = actual[i]![origin + h]!;
      quantiles.forEach((q, k) => (q[n * horizon + h] = f.quantiles[k]![h]!));
    }
  });
  return { actual: values, quantiles };
}
