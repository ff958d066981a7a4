// `train`: reuse the saved model when its fingerprint (data + code + config) matches, else fit, report on the
// held-out split and save model, card and run-time files as one atomic artifact.
import { join } from "node:path";
import { describeBackend, formatMetric, initBackend } from "@verticals/core";
import type { PipelineContext, TrainSummary } from "@verticals/cli";
import { MODEL_DIR_NAME, loadTriageArtifact, modelVersion, saveTriageArtifact, savedFingerprint, type HeldOutEvaluation } from "./artifact";
import { baselineLogOdds } from "./baseline";
import { triageConfig } from "./config";
import { loadTriageDataset, dataFile } from "./dataset";
import { shortBackend } from "./backend-label";
import { VAL_ONLY_NOTE, transferScored } from "./evaluate";
import { fingerprint } from "./fingerprint";
import { fitTriage } from "./fit";
import { predictLogits } from "./model";
import { buildModelCard } from "./model-card";
import { reportModel, rounded, type ModelReport } from "./report";
import { resolveEmbedder } from "./embeddings";
import { fitTransfer, type TransferOptions } from "./transfer";
import { DEFAULT_HEAD, serialiseHead } from "./transfer-head";
import type { TransferSummary } from "./artifact";

export function modelDir(ctx: Pick<PipelineContext, "artifactsDir">): string {
  return join(ctx.artifactsDir, MODEL_DIR_NAME);
}

export async function trainTriage(ctx: PipelineContext, transferOptions: TransferOptions = {}): Promise<TrainSummary> {
  const backend = await initBackend();
  const config = triageConfig(ctx.seed);
  // The backbone is part of what was trained: adding, removing or changing the models folder retrains.
  const backbone = await resolveEmbedder(transferOptions);
  const print = fingerprint(dataFile(ctx.dataDir), {
    ...config,
    pretrained: backbone.available ? { backbone: backbone.embedder.modelKey, head: transferOptions.head ?? DEFAULT_HEAD } : "unavailable",
  });
  const dir = modelDir(ctx);
  const saved = await savedFingerprint(dir);
  if (saved?.hash === print.hash) {
    const { card } = await loadTriageArtifact(dir, { loadModel: false });
    return { headline: headline(card.metrics, card.baseline.metrics, String(card.extra?.reportSplit ?? "val")), backend: shortBackend(card.backend), trainSeconds: card.trainSeconds, reused: true };
  }
  if (saved) ctx.log.info(`saved model is out of date (${saved.data !== print.data ? "data" : saved.code !== print.code ? "code" : "configuration"} changed): retraining`);

  const data = await loadTriageDataset(ctx.dataDir);
  ctx.log.info(`tfjs backend: ${describeBackend(backend)}`);
  ctx.log.info(`data: train ${data.train.count}, val ${data.val.count}, test ${data.test?.count ?? "absent"} · ${data.provenance.kind.toUpperCase()} · ${data.provenance.name}`);
  const fitted = await fitTriage(data.train, data.val, config, { signal: ctx.signal, log: (m) => ctx.log.info(m) });
  const split = data.test ? "test" : "val";
  const reportSet = data.test ?? data.val;
  const cnnScores = data.test ? predictLogits(fitted.network.model, data.test.input) : fitted.valScores.cnn;
  const baselineScores = data.test ? baselineLogOdds(fitted.baseline.model, data.test.input) : fitted.valScores.baseline;
  const cnn = reportModel({ name: "cnn", valScores: fitted.valScores.cnn, reportScores: cnnScores, point: fitted.networkPoint }, reportSet.labels, split, ctx.seed);
  const base = reportModel({ name: "baseline", valScores: fitted.valScores.baseline, reportScores: baselineScores, point: fitted.baselinePoint }, reportSet.labels, split, ctx.seed);
  const transfer = await fitTransfer(
    { data, cnn: { valScores: fitted.valScores.cnn, ...(data.test ? { testScores: cnnScores } : {}), point: fitted.networkPoint }, targetSensitivity: config.targetSensitivity, seed: ctx.seed, artifactsDir: ctx.artifactsDir },
    { signal: ctx.signal, log: (m) => ctx.log.info(m), ...transferOptions },
  );
  const extra = transferScored(transfer).map((model) => reportModel(model, reportSet.labels, split, ctx.seed));
  const reports: Record<string, ModelReport> = rounded(
    { cnn: cnn.report, baseline: base.report, ...(extra.length === 2 ? { transfer: extra[0]!.report, ensemble: extra[1]!.report } : {}) },
    6,
  );
  const transferSummary: TransferSummary =
    transfer.status === "ready"
      ? {
          status: "ready",
          model: transfer.model,
          modelKey: transfer.modelKey,
          headPoint: transfer.headPoint,
          ensemblePoint: transfer.ensemblePoint,
          ensembleOffered: transfer.ensembleOffered,
          ensembleMethod: transfer.ensembleMethod,
          valAuc: rounded(transfer.valAuc, 6),
          embedSeconds: transfer.embedSeconds,
          trainSeconds: transfer.trainSeconds,
          bestEpoch: transfer.head.bestEpoch,
          epochsRun: transfer.head.epochsRun,
        }
      : transfer;
  const probabilities = (values: ArrayLike<number>) => Array.from(values, (p) => Number(p.toFixed(6)));
  const version = modelVersion(print);
  const card = buildModelCard({ version, data, config, fitted, reports, split, backend, ...(split === "val" ? { note: VAL_ONLY_NOTE } : {}) });
  const evaluation: HeldOutEvaluation = {
    split,
    ...(split === "val" ? { note: VAL_ONLY_NOTE } : {}),
    labels: Array.from(reportSet.labels),
    cnn: Array.from(cnn.decisions.probabilities, (p) => Number(p.toFixed(6))),
    baseline: Array.from(base.decisions.probabilities, (p) => Number(p.toFixed(6))),
    ...(extra.length === 2 ? { transfer: probabilities(extra[0]!.decisions.probabilities), ensemble: probabilities(extra[1]!.decisions.probabilities) } : {}),
    reports,
    history: rounded(fitted.network.epochs, 5),
  };
  await saveTriageArtifact(
    dir,
    {
      model: fitted.network.model,
      card,
      operatingPoint: fitted.networkPoint,
      fingerprint: print,
      evaluation,
      baseline: { model: fitted.baseline.model, point: fitted.baselinePoint },
      transfer: transferSummary,
      ...(transfer.status === "ready" ? { transferHead: serialiseHead(transfer.head, transfer.headConfig, transfer.modelKey) } : {}),
    },
    ctx.signal,
  );
  fitted.network.model.dispose();
  if (transfer.status === "ready") transfer.head.model.dispose();
  ctx.log.info(`saved ${version} → ${dir}`);
  const lines = headline(card.metrics, card.baseline.metrics, split);
  if (reports.transfer && reports.ensemble && transfer.status === "ready") {
    lines.push(
      `pretrained backbone + head ROC-AUC ${formatMetric(reports.transfer.auc)}, ensemble ${formatMetric(reports.ensemble.auc)} (accuracy ${formatMetric(reports.ensemble.accuracy)}; ${transfer.ensembleOffered ? "offered: beats the CNN on val" : "not offered: no better than the CNN on val"})`,
    );
  } else if (transfer.status === "unavailable") {
    lines.push(`transfer learning skipped (${transfer.model} unavailable): the CNN alone`);
  }
  return { headline: lines, backend: shortBackend(backend), trainSeconds: fitted.seconds + (transfer.status === "ready" ? transfer.embedSeconds + transfer.trainSeconds : 0) };
}

function headline(model: Record<string, number>, baseline: Record<string, number>, split: string): string[] {
  const f = (v: number | undefined) => (v === undefined ? "n/a" : formatMetric(v));
  return [
    `ROC-AUC ${f(model.auc)} on ${split} (baseline logistic regression ${f(baseline.auc)})`,
    `at the operating point: sensitivity ${f(model.sensitivity)}, specificity ${f(model.specificity)}, accuracy ${f(model.accuracy)} (baseline accuracy ${f(baseline.accuracy)})`,
    `accuracy at calibrated 0.5: ${f(model.accuracy_at_0_5)} · ECE ${f(model.ece)}`,
  ];
}
