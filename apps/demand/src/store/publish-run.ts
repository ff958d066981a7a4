// Writes one forecasting run to the store: the run row, forecasts with quantiles (ahead of the history and the
// backtest of the last history days), reconciled hierarchy totals and the order lines. Used by `seed` and by the
// dashboard's re-forecast after an upload. Idempotent per (model version, origin).
import { forecastDays, hierarchyForecasts, orderLines } from "../pipeline/outputs";
import type { SeriesForecast } from "../pipeline/forecast-set";
import type { RunOutputs } from "../pipeline/run-outputs";
import type { Store } from "./client";
import { addForecasts, addHierarchyForecasts, ensureRun, replaceOrders } from "./queries";

export async function publishRun(store: Store, outputs: RunOutputs): Promise<{ runId: number; rows: number }> {
  const { data, horizon, ahead, backtest, levelDispersion, dispersion, policy } = outputs;
  const origin = data.days;
  const run = await ensureRun(store, {
    ...outputs.run,
    originDay: origin,
    forecastStart: data.calendar.date[origin]!,
    horizon,
    dispersion: { factor: dispersion.factor, daily: dispersion.daily, sums: dispersion.sums, levels: levelDispersion },
  });
  let rows = run.created ? 1 : 0;
  const seriesRows = (forecasts: readonly SeriesForecast[], from: number) =>
    forecasts.flatMap((f, i) => forecastDays(f, from, data.calendar.date).map((day) => ({ ...day, seriesId: data.series[i]!.id })));
  rows += await addForecasts(store, run.id, "forecast", seriesRows(ahead.series, origin));
  rows += await addForecasts(store, run.id, "backtest", seriesRows(backtest.series, backtest.origin));
  const nodeRows = (forecasts: readonly SeriesForecast[], from: number) =>
    hierarchyForecasts(data, forecasts.map((f) => f.mean), from, horizon, levelDispersion).flatMap((node) => node.days.map((day) => ({ ...day, level: node.level, key: node.key })));
  rows += await addHierarchyForecasts(store, run.id, "forecast", nodeRows(ahead.series, origin));
  rows += await addHierarchyForecasts(store, run.id, "backtest", nodeRows(backtest.series, backtest.origin));
  if ((await store.order.count({ where: { runId: run.id } })) === 0) {
    const lines = orderLines({ data, means: ahead.series.map((f) => f.mean), classes: ahead.classes, dispersion }, policy);
    rows += await replaceOrders(
      store,
      run.id,
      // `urgent` follows from position and reorder point; the table keeps both, not the flag.
      lines.map(({ urgent: _urgent, ...line }, i) => ({ ...line, seriesId: data.series[i]!.id, ...policy })),
    );
  }
  return { runId: run.id, rows };
}
