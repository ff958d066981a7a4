// The model's probabilistic forecast: expected units from the network, bands from the negative binomial with the
// network's own dispersion, rescaled by the factor fitted for the series' demand class.
import type { DemandData } from "./dataset";
import type { DemandClass } from "./demand-class";
import { negBinQuantilesContinuous, QUANTILE_LEVELS } from "./distributions";
import { featureContext, type FeatureContext } from "./features";
import { emptySeriesForecast, tidyQuantiles, type ForecastSet, type SeriesForecast } from "./forecast-set";
import { calibratedAlpha, classesAt, predictPaths, type Forecaster } from "./train";

/** Bands for a mean path under NB(mean, alpha) each day; alpha may vary by day ahead (h from 0). */
export function bandsFor(mean: ArrayLike<number>, alpha: number | ((h: number) => number)): SeriesForecast {
  const forecast = emptySeriesForecast(mean.length);
  for (let h = 0; h < mean.length; h++) {
    const m = mean[h]!;
    forecast.mean[h] = m;
    const q = negBinQuantilesContinuous(m, typeof alpha === "number" ? alpha : alpha(h), QUANTILE_LEVELS);
    q.forEach((value, k) => (forecast.quantiles[k]![h] = value));
  }
  return tidyQuantiles(forecast);
}

export interface ModelForecast extends ForecastSet {
  classes: DemandClass[];
}

/** Forecasts every series for the `horizon` days after `origin` (default: right after the last sales day). */
export function forecastAll(forecaster: Forecaster, data: DemandData, origin = data.days, ctx: FeatureContext = featureContext(data, forecaster.codes)): ModelForecast {
  const { means, alphas } = predictPaths(forecaster, ctx, origin);
  const classes = classesAt(data, origin);
  const series = means.map((mean, i) => bandsFor(mean, (h) => calibratedAlpha(forecaster.dispersion, classes[i]!, alphas[i]![h]!)));
  return { name: "model", origin, horizon: forecaster.horizon, series, classes };
}
