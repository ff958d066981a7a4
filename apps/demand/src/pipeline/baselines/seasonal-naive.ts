// Seasonal naive: every day repeats the same weekday of the last observed week. Its interval is the normal one
// of forecast::snaive: sd of the weekly differences, widened by sqrt(weeks ahead), floored at 0.
import { normalQuantile, QUANTILE_LEVELS } from "../distributions";
import { emptySeriesForecast, HORIZON, type ForecastSet } from "../forecast-set";
import { firstSale } from "./history";

const { floor, max, sqrt } = Math;
const Z = QUANTILE_LEVELS.map((p) => normalQuantile(p));

export function seasonalNaive(sales: readonly ArrayLike<number>[], origin: number, horizon = HORIZON, period = 7): ForecastSet {
  if (origin < period) throw new RangeError(`seasonalNaive: needs at least ${period} days of history, got ${origin}`);
  const series = sales.map((y) => {
    const forecast = emptySeriesForecast(horizon);
    const start = max(firstSale(y, origin), 0) + period;
    let sum = 0;
    let count = 0;
    for (let t = start; t < origin; t++) {
      const d = y[t]! - y[t - period]!;
      sum += d * d;
      count++;
    }
    const sd = count > 0 ? sqrt(sum / count) : 0;
    for (let h = 0; h < horizon; h++) {
      const value = y[origin - period + (h % period)]!;
      const weeks = floor(h / period) + 1;
      forecast.mean[h] = value;
      Z.forEach((z, k) => (forecast.quantiles[k]![h] = max(0, value + z * sd * sqrt(weeks))));
    }
    return forecast;
  });
  return { name: "seasonal_naive", origin, horizon, series };
}
