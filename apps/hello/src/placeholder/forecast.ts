// A placeholder daily demand series with weekly seasonality, and a forecast whose quantiles widen
// with the horizon, plus the seasonal-naive baseline a real forecaster has to beat.
import { normal, seededRandom } from "./random";

const WEEKLY = [0.92, 0.88, 0.9, 0.97, 1.12, 1.3, 1.18];
const DAY_MS = 86_400_000;

export function placeholderForecast(seed: number, historyDays = 84, horizon = 28) {
  const gauss = normal(seededRandom(seed));
  const start = Date.UTC(2016, 0, 4);
  const level = (t: number) => 120 + 0.25 * t;
  const truth = (t: number) => level(t) * WEEKLY[t % 7]! * (1 + 0.07 * gauss());
  const iso = (t: number) => new Date(start + t * DAY_MS).toISOString().slice(0, 10);

  const history = Array.from({ length: historyDays }, (_, t) => ({ x: iso(t), y: Math.round(truth(t)) }));
  const forecast = Array.from({ length: horizon }, (_, h) => {
    const t = historyDays + h;
    const median = level(t) * WEEKLY[t % 7]!;
    const spread = median * 0.07 * Math.sqrt(1 + h / 7);
    return { x: iso(t), median, p10: median - 1.2816 * spread, p90: median + 1.2816 * spread, p025: median - 1.96 * spread, p975: median + 1.96 * spread };
  });
  const actuals = forecast.map((f, h) => ({ x: f.x, y: Math.round(truth(historyDays + h)) }));
  // Seasonal naive: the last observed week, repeated.
  const lastWeek = history.slice(-7);
  const baseline = forecast.map((f, h) => ({ x: f.x, y: lastWeek[h % 7]!.y }));
  const mae = (pred: number[]) => pred.reduce((sum, p, i) => sum + Math.abs(p - actuals[i]!.y), 0) / pred.length;
  const coverage80 = forecast.filter((f, i) => actuals[i]!.y >= f.p10 && actuals[i]!.y <= f.p90).length / forecast.length;
  const absoluteErrors = forecast.map((f, i) => Math.abs(f.median - actuals[i]!.y));
  return { history, forecast, actuals, baseline, absoluteErrors, maeModel: mae(forecast.map((f) => f.median)), maeBaseline: mae(baseline.map((b) => b.y)), coverage80 };
}
