// Forecasts for intermittent demand, which exponential smoothing treats as noise around a small mean:
// Croston (1972) smooths the size of non-zero sales and the interval between them separately; its SBA variant
// removes Croston's upward bias; TSB (Teunter, Syntetos, Babai 2011) smooths the probability of a sale each day
// instead of the interval, so a product that stopped selling fades out. All give a flat daily rate; intervals
// are empirical quantiles of the one-step errors over the last year, floored at 0.
import { QUANTILE_LEVELS, quantileOfSorted } from "../distributions";
import { emptySeriesForecast, HORIZON, type ForecastSet } from "../forecast-set";
import { firstSale } from "./history";

const { max } = Math;
const GRID = [0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3];
const ERROR_WINDOW = 365;

export type IntermittentMethod = "croston" | "sba" | "tsb";

interface Pass {
  sse: number;
  rate: number;
  errors: number[];
}

function run(y: ArrayLike<number>, start: number, end: number, method: IntermittentMethod, alpha: number, beta: number, keepErrors: boolean): Pass {
  let size = y[start]! > 0 ? y[start]! : 1;
  let interval = 1;
  let sinceLast = 1;
  let probability = 1;
  let rate = method === "tsb" ? probability * size : size / interval;
  let sse = 0;
  const errors: number[] = [];
  for (let t = start + 1; t < end; t++) {
    const v = y[t]!;
    const error = v - rate;
    if (t >= end - ERROR_WINDOW) {
      sse += error * error;
      if (keepErrors) errors.push(error);
    }
    if (method === "tsb") {
      probability += beta * ((v > 0 ? 1 : 0) - probability);
      if (v > 0) size += alpha * (v - size);
      rate = probability * size;
    } else {
      if (v > 0) {
        size += alpha * (v - size);
        interval += alpha * (sinceLast - interval);
        sinceLast = 1;
      } else sinceLast++;
      rate = ((method === "sba" ? 1 - alpha / 2 : 1) * size) / interval;
    }
  }
  return { sse, rate, errors };
}

export function intermittentForecast(sales: readonly ArrayLike<number>[], origin: number, method: IntermittentMethod, horizon = HORIZON): ForecastSet {
  const series = sales.map((y) => {
    const forecast = emptySeriesForecast(horizon);
    const start = firstSale(y, origin);
    if (start >= origin - 1) return forecast; // never sold: forecast zero
    let best = { alpha: 0.1, beta: 0.1, sse: Number.POSITIVE_INFINITY };
    for (const alpha of GRID) {
      for (const beta of method === "tsb" ? GRID : [0]) {
        const { sse } = run(y, start, origin, method, alpha, beta, false);
        if (sse < best.sse) best = { alpha, beta, sse };
      }
    }
    const pass = run(y, start, origin, method, best.alpha, best.beta, true);
    const sorted = Float64Array.from(pass.errors).sort();
    const offsets = QUANTILE_LEVELS.map((p) => (sorted.length > 0 ? quantileOfSorted(sorted, p) : 0));
    for (let h = 0; h < horizon; h++) {
      forecast.mean[h] = pass.rate;
      offsets.forEach((offset, k) => (forecast.quantiles[k]![h] = max(0, pass.rate + offset)));
    }
    return forecast;
  });
  return { name: method, origin, horizon, series };
}
