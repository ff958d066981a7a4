// `evaluate`: hold out the last 28 days of the sales file, train on the rest, forecast the held-out days and
// score the model and the baselines on them. Returns the metrics object the CLI prints as its last line.
import { describeBackend, initBackend } from "@verticals/core";
import type { PipelineContext } from "@verticals/cli";
import type { AccuracyReport } from "./accuracy";
import { backtest, type BacktestReport } from "./backtest";
import { BASELINE_NAMES } from "./baselines";
import { demandConfig, type DemandConfig } from "./config";
import { truncateSales, type DemandData } from "./dataset";
import { loadDemandData } from "./load-data";
import { forecastAll } from "./forecast";
import { fitForecaster, type FitOptions } from "./train";

const round = (value: number, digits = 4): number => (Number.isFinite(value) ? Number(value.toFixed(digits)) : value);

function headline(report: AccuracyReport): Record<string, number> {
  return {
    weighted_rmsse: round(report.weighted_rmsse),
    mean_rmsse: round(report.mean_rmsse),
    coverage_80: round(report.coverage_80),
    coverage_95: round(report.coverage_95),
    pinball: round(report.pinball),
  };
}

export interface HoldoutResult {
  report: BacktestReport;
  trainSeconds: number;
  trainRows: number;
}

/** Trains on all but the last `horizon` days of `data` and backtests on them. */
export async function holdoutEvaluation(data: DemandData, config: DemandConfig, options: FitOptions = {}): Promise<HoldoutResult> {
  const history = truncateSales(data, data.days - config.horizon);
  const { forecaster, report: fit } = await fitForecaster(history, config, options);
  try {
    const forecast = forecastAll(forecaster, history);
    return { report: backtest({ data, forecast, levelDispersion: (level) => forecaster.levelDispersion[level] }), trainSeconds: fit.seconds, trainRows: fit.trainRows };
  } finally {
    forecaster.model.dispose();
  }
}

/** The flat metrics object: model headline figures at the top, baselines, levels and classes below. */
export function metricsObject(result: HoldoutResult, data: DemandData, backend: string): Record<string, unknown> {
  const { report } = result;
  const sn = report.baselines.seasonal_naive.weighted_rmsse;
  return {
    ...headline(report.model),
    improvement_vs_seasonal_naive: round(1 - report.model.weighted_rmsse / sn),
    baselines: Object.fromEntries(BASELINE_NAMES.map((name) => [name, headline(report.baselines[name])])),
    by_level: Object.fromEntries(
      Object.entries(report.byLevel).map(([level, entry]) => [
        level,
        { nodes: entry.nodes, model: headline(entry.model), seasonal_naive: headline(entry.baselines.seasonal_naive), ets: headline(entry.baselines.ets) },
      ]),
    ),
    by_class: Object.fromEntries(
      Object.entries(report.byClass).map(([c, entry]) => [
        c,
        { series: entry.series, model: headline(entry.model), seasonal_naive: headline(entry.baselines.seasonal_naive), ets: headline(entry.baselines.ets), tsb: headline(entry.baselines.tsb) },
      ]),
    ),
    horizon: { first: report.firstDate, last: report.lastDate, days: report.horizon },
    data: { kind: data.provenance.kind, name: data.provenance.name, series: data.series.length, days: data.days },
    train_rows: result.trainRows,
    train_seconds: round(result.trainSeconds, 1),
    backend,
  };
}

export async function evaluateDemand(ctx: PipelineContext): Promise<Record<string, unknown>> {
  const backend = await initBackend();
  const data = await loadDemandData(ctx.dataDir);
  ctx.log.info(`data: ${data.series.length} series x ${data.days} days · ${data.provenance.kind.toUpperCase()} · ${data.provenance.name}`);
  ctx.log.info(`tfjs backend: ${describeBackend(backend)}`);
  const config = demandConfig(ctx.seed);
  const started = performance.now();
  const result = await holdoutEvaluation(data, config, { signal: ctx.signal, log: (m) => ctx.log.info(m) });
  ctx.log.info(`trained and evaluated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return metricsObject(result, data, describeBackend(backend));
}
