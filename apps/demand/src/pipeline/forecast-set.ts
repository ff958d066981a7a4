// A probabilistic forecast of many series: the mean path and the QUANTILE_LEVELS quantiles per day ahead.
import { QUANTILE_LEVELS } from "./distributions";

export const HORIZON = 28;

export interface SeriesForecast {
  /** Expected units per day ahead (what RMSSE scores). */
  mean: Float64Array;
  /** quantiles[k][h]: the QUANTILE_LEVELS[k] quantile of day h's units. */
  quantiles: Float64Array[];
}

export interface ForecastSet {
  /** Method name as reported, e.g. "seasonal_naive". */
  name: string;
  /** Index of the first forecast day (= number of history days used). */
  origin: number;
  horizon: number;
  series: SeriesForecast[];
}

export function emptySeriesForecast(horizon: number): SeriesForecast {
  return { mean: new Float64Array(horizon), quantiles: QUANTILE_LEVELS.map(() => new Float64Array(horizon)) };
}

/** Keeps quantiles ordered and non-negative (independent rounding can cross them). */
export function tidyQuantiles(forecast: SeriesForecast): SeriesForecast {
  const { quantiles } = forecast;
  const horizon = forecast.mean.length;
  for (let h = 0; h < horizon; h++) {
    let floor = 0;
    for (const level of quantiles) {
      const v = level[h]!;
      level[h] = v < floor || Number.isNaN(v) ? floor : v;
      floor = level[h]!;
    }
  }
  return forecast;
}

/** Per-series choice between two forecasts (e.g. ETS for smooth series, TSB for intermittent ones). */
export function pickPerSeries(name: string, a: ForecastSet, b: ForecastSet, useB: readonly boolean[]): ForecastSet {
  return { name, origin: a.origin, horizon: a.horizon, series: a.series.map((f, i) => (useB[i] ? b.series[i]! : f)) };
}
