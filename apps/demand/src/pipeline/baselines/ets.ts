// Exponential smoothing (Hyndman's ETS with additive errors): simple exponential smoothing ETS(A,N,N) or with an
// additive weekly season ETS(A,N,A), chosen per series by AICc. Smoothing parameters are fitted by least squares
// (a grid, then coordinate search); intervals are the models' analytic normal ones, floored at 0.
import { normalQuantile, QUANTILE_LEVELS } from "../distributions";
import { emptySeriesForecast, HORIZON, type ForecastSet } from "../forecast-set";
import { firstSale } from "./history";

const { floor, log, max, min, sqrt } = Math;
const Z = QUANTILE_LEVELS.map((p) => normalQuantile(p));
const GRID = [0.001, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.13, 0.16, 0.2, 0.25, 0.3, 0.4, 0.5, 0.65, 0.8, 0.95];

export type EtsModel = "ANN" | "ANA";

interface EtsRun {
  sse: number;
  level: number;
  season: Float64Array;
  n: number;
}

/** One pass of the smoother over y[start .. end) with weekly period m (m = 1: no season). */
function smooth(y: ArrayLike<number>, start: number, end: number, alpha: number, gamma: number, m: number): EtsRun {
  // Initial states from the first two periods: their mean level and each weekday's average deviation.
  const span = min(2 * m, end - start);
  let level = 0;
  for (let t = start; t < start + span; t++) level += y[t]!;
  level /= span;
  const season = new Float64Array(m);
  if (m > 1) {
    const count = new Float64Array(m);
    for (let t = start; t < start + span; t++) {
      const j = (t - start) % m;
      season[j] = season[j]! + y[t]! - level;
      count[j] = count[j]! + 1;
    }
    for (let j = 0; j < m; j++) season[j] = season[j]! / max(count[j]!, 1);
  }
  let sse = 0;
  for (let t = start; t < end; t++) {
    const j = (t - start) % m;
    const error = y[t]! - (level + (m > 1 ? season[j]! : 0));
    sse += error * error;
    level += alpha * error;
    if (m > 1) season[j] = season[j]! + gamma * error;
  }
  return { sse, level, season, n: end - start };
}

interface Fitted {
  model: EtsModel;
  alpha: number;
  gamma: number;
  run: EtsRun;
  aicc: number;
}

function fit(y: ArrayLike<number>, start: number, end: number, model: EtsModel, period: number): Fitted {
  const m = model === "ANN" ? 1 : period;
  let best = { alpha: 0.1, gamma: 0, sse: Number.POSITIVE_INFINITY };
  for (const alpha of GRID) {
    for (const gamma of m > 1 ? GRID.filter((g) => g <= 1 - alpha) : [0]) {
      const { sse } = smooth(y, start, end, alpha, gamma, m);
      if (sse < best.sse) best = { alpha, gamma, sse };
    }
  }
  const moves: [number, number][] = m > 1 ? [[1, 0], [-1, 0], [0, 1], [0, -1]] : [[1, 0], [-1, 0]];
  for (let step = 0.02; step > 1e-3; ) {
    let improved = false;
    for (const [da, dg] of moves) {
      const alpha = best.alpha + da * step;
      const gamma = best.gamma + dg * step;
      if (alpha <= 0 || alpha >= 1 || gamma < 0 || gamma > 1 - alpha) continue;
      const { sse } = smooth(y, start, end, alpha, gamma, m);
      if (sse < best.sse) {
        best = { alpha, gamma, sse };
        improved = true;
      }
    }
    if (!improved) step /= 2;
  }
  const run = smooth(y, start, end, best.alpha, best.gamma, m);
  // Parameters: alpha, (gamma), initial level, (m seasonal states), sigma.
  const k = m > 1 ? 3 + m : 3;
  const n = run.n;
  const aicc = n * log(max(run.sse, 1e-12) / n) + 2 * k + (2 * k * (k + 1)) / max(n - k - 1, 1);
  return { model, alpha: best.alpha, gamma: best.gamma, run, aicc };
}

export interface EtsForecastSet extends ForecastSet {
  /** The model chosen for each series. */
  models: EtsModel[];
}

export function ets(sales: readonly ArrayLike<number>[], origin: number, horizon = HORIZON, period = 7): EtsForecastSet {
  const models: EtsModel[] = [];
  const series = sales.map((y) => {
    // Start at the first sale, but keep at least three weeks so the seasonal states can be initialised.
    const start = max(0, min(firstSale(y, origin), origin - 3 * period));
    const candidates = (["ANN", "ANA"] as const).map((model) => fit(y, start, origin, model, period));
    const best = candidates[0]!.aicc <= candidates[1]!.aicc ? candidates[0]! : candidates[1]!;
    models.push(best.model);
    const m = best.model === "ANN" ? 1 : period;
    const sigma2 = best.run.sse / best.run.n;
    const forecast = emptySeriesForecast(horizon);
    for (let h = 0; h < horizon; h++) {
      const seasonal = m > 1 ? best.run.season[(origin + h - start) % m]! : 0;
      const mean = best.run.level + seasonal;
      const seasonsAhead = floor(h / m);
      const variance = sigma2 * (1 + h * best.alpha * best.alpha + (m > 1 ? seasonsAhead * best.gamma * (2 * best.alpha + best.gamma) : 0));
      forecast.mean[h] = max(0, mean);
      Z.forEach((z, k) => (forecast.quantiles[k]![h] = max(0, mean + z * sqrt(variance))));
    }
    return forecast;
  });
  return { name: "ets", origin, horizon, series, models };
}
