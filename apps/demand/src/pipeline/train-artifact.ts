// `train`: reuse the saved model when its fingerprint (data + code + config) matches; otherwise fit, measure it on
// its held-out calibration window against the baselines, and save network, card and forecasting files as one
// atomic artifact.
import { join } from "node:path";
import { describeBackend, formatMetric, initBackend } from "@verticals/core";
import type { PipelineContext, TrainSummary } from "@verticals/cli";
import { loadDemandArtifact, modelVersion, MODEL_DIR_NAME, saveDemandArtifact, savedFingerprint, type SavedEvaluation } from "./artifact";
import type { BacktestReport } from "./backtest";
import { calibrationBacktest } from "./calibration-report";
import { demandConfig } from "./config";
import type { DemandData } from "./dataset";
import { loadDemandData } from "./load-data";
import { fingerprint } from "./fingerprint";
import { fitBaselines } from "./baselines";
import { seriesScores } from "./accuracy";
import { buildModelCard } from "./model-card";
import { fitForecaster, type CalibrationWindow } from "./train";

export function modelDir(ctx: Pick<PipelineContext, "artifactsDir">): string {
  return join(ctx.artifactsDir, MODEL_DIR_NAME);
}

export function dataFiles(data: Pick<DemandData, "files">): string[] {
  return [data.files.sales, data.files.calendar, data.files.prices];
}

export async function trainDemand(ctx: PipelineContext): Promise<TrainSummary> {
  const backend = await initBackend();
  const config = demandConfig(ctx.seed);
  const data = await loadDemandData(ctx.dataDir);
  const print = fingerprint(dataFiles(data), config);
  const dir = modelDir(ctx);
  const saved = await savedFingerprint(dir);
  if (saved?.hash === print.hash) {
    const { card, evaluation } = await loadDemandArtifact(dir, { loadModel: false });
    return { headline: headline(evaluation.calibration), backend: describeBackend(card.backend), trainSeconds: card.trainSeconds, reused: true };
  }
  if (saved) ctx.log.info(`saved model is out of date (${saved.data !== print.data ? "data" : saved.code !== print.code ? "code" : "configuration"} changed): retraining`);
  ctx.log.info(`data: ${data.series.length} series x ${data.days} days · ${data.provenance.kind.toUpperCase()} · ${data.provenance.name}`);
  ctx.log.info(`tfjs backend: ${describeBackend(backend)}`);

  const { forecaster, report: fit } = await fitForecaster(data, config, { signal: ctx.signal, log: (m) => ctx.log.info(m) });
  try {
    const report = calibrationBacktest(data, fit.calibration, config.horizon);
    const version = modelVersion(print);
    const card = buildModelCard({
      version: print.hash.slice(0, 12),
      data,
      config,
      report,
      dispersion: forecaster.dispersion,
      effects: forecaster.effects,
      trainRows: fit.trainRows,
      trainSeconds: fit.seconds,
      epochsRun: fit.epochs.length,
      backend,
    });
    const evaluation: SavedEvaluation = { calibration: report, perSeries: perSeriesScores(data, fit.calibration, config.horizon), epochs: fit.epochs, trainRows: fit.trainRows };
    await saveDemandArtifact(dir, { forecaster, config, card, fingerprint: print, evaluation }, ctx.signal);
    ctx.log.info(`saved ${version} → ${dir}`);
    return { headline: headline(report), backend: describeBackend(backend), trainSeconds: fit.seconds };
  } finally {
    forecaster.model.dispose();
  }
}

function perSeriesScores(data: DemandData, window: CalibrationWindow, horizon: number): SavedEvaluation["perSeries"] {
  const { origin } = window;
  const history = data.sales.map((y) => y.subarray(0, origin));
  const baselines = fitBaselines(history, origin, horizon, window.classes);
  const model = seriesScores(data.sales, { name: "model", origin, horizon, series: window.means.map((mean) => ({ mean, quantiles: [] })) });
  const sn = seriesScores(data.sales, baselines.seasonal_naive);
  const ets = seriesScores(data.sales, baselines.ets);
  const value = (v: number) => (Number.isFinite(v) ? Number(v.toFixed(4)) : null);
  return Object.fromEntries(data.series.map((s, i) => [s.id, { model: value(model.rmsse[i]!), seasonal_naive: value(sn.rmsse[i]!), ets: value(ets.rmsse[i]!) }]));
}

export function headline(report: BacktestReport): string[] {
  const m = report.model;
  const sn = report.baselines.seasonal_naive;
  const ets = report.baselines.ets;
  return [
    `weighted RMSSE ${formatMetric(m.weighted_rmsse)} on ${report.firstDate}..${report.lastDate} (seasonal naive ${formatMetric(sn.weighted_rmsse)}, ETS ${formatMetric(ets.weighted_rmsse)})`,
    `band coverage: 80% band ${(m.coverage_80 * 100).toFixed(1)}%, 95% band ${(m.coverage_95 * 100).toFixed(1)}%`,
  ];
}
