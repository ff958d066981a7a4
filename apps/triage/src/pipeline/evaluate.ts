// `pnpm verticals evaluate triage --data-dir DIR`: train on train_*, tune on val_*, report on test_* (or on
// val_* when the file has no test split, saying so). Every model is scored by the same reportModel, so models
// added later (transfer learning, ensembles) become one more entry of `scored` and one more key of the result.
import { describeBackend, initBackend } from "@verticals/core";
import type { PipelineContext } from "@verticals/cli";
import { shortBackend } from "./backend-label";
import { baselineLogOdds } from "./baseline";
import { triageConfig } from "./config";
import { loadTriageDataset } from "./dataset";
import { fitTriage } from "./fit";
import { predictLogits } from "./model";
import { reportModel, rounded, type ModelReport, type ScoredModel } from "./report";
import { fitTransfer, type TransferOptions, type TransferOutcome } from "./transfer";

export const VAL_ONLY_NOTE =
  "No test split in the data file: metrics are on val, which chose the epochs and baseline penalty (mildly optimistic). " +
  "Threshold- and calibration-dependent figures are 2-fold cross-fitted on val. MedMNIST's official test split is known to be harder than val.";

export async function evaluateTriage(ctx: PipelineContext, transferOptions: TransferOptions = {}): Promise<Record<string, unknown>> {
  const backend = await initBackend();
  ctx.log.info(`tfjs backend: ${describeBackend(backend)}`);
  const data = await loadTriageDataset(ctx.dataDir);
  ctx.log.info(`${data.file}: train ${data.train.count}, val ${data.val.count}, test ${data.test?.count ?? "absent"} · ${data.provenance.kind.toUpperCase()} · ${data.provenance.name}`);
  const config = triageConfig(ctx.seed);
  const fitted = await fitTriage(data.train, data.val, config, { signal: ctx.signal, log: (m) => ctx.log.info(m) });

  const split = data.test ? "test" : "val";
  const reportSet = data.test ?? data.val;
  if (!data.test) ctx.log.warn(VAL_ONLY_NOTE);
  const cnnTest = data.test ? predictLogits(fitted.network.model, data.test.input) : undefined;
  const transfer = await fitTransfer(
    { data, cnn: { valScores: fitted.valScores.cnn, ...(cnnTest ? { testScores: cnnTest } : {}), point: fitted.networkPoint }, targetSensitivity: config.targetSensitivity, seed: ctx.seed, artifactsDir: ctx.artifactsDir },
    { signal: ctx.signal, log: (m) => ctx.log.info(m), ...transferOptions },
  );
  const scored: ScoredModel[] = [
    {
      name: "cnn",
      valScores: fitted.valScores.cnn,
      reportScores: cnnTest ?? fitted.valScores.cnn,
      point: fitted.networkPoint,
    },
    {
      name: "baseline",
      valScores: fitted.valScores.baseline,
      reportScores: data.test ? baselineLogOdds(fitted.baseline.model, data.test.input) : fitted.valScores.baseline,
      point: fitted.baselinePoint,
    },
    ...transferScored(transfer),
  ];
  const reports: Record<string, ModelReport> = {};
  for (const model of scored) reports[model.name] = reportModel(model, reportSet.labels, split, ctx.seed).report;
  fitted.network.model.dispose();
  if (transfer.status === "ready") transfer.head.model.dispose();

  const cnn = reports.cnn!;
  const others = Object.fromEntries(Object.entries(reports).filter(([name]) => !["cnn", "transfer", "ensemble"].includes(name)));
  return rounded({
    auc: cnn.auc,
    accuracy: cnn.accuracy,
    sensitivity: cnn.sensitivity,
    specificity: cnn.specificity,
    ece: cnn.ece,
    accuracy_at_0_5: cnn.accuracy_at_0_5,
    threshold: cnn.threshold,
    target_sensitivity: config.targetSensitivity,
    ...others,
    ...transferKeys(transfer, reports, fitted.seconds),
    split,
    ...(split === "val" ? { note: VAL_ONLY_NOTE } : {}),
    n: { train: data.train.count, val: data.val.count, [split === "test" ? "test" : "report"]: reportSet.count },
    data: data.provenance.kind,
    train_seconds: fitted.seconds,
    epochs_run: fitted.network.epochs.length,
    best_epoch: fitted.network.bestEpoch,
    baseline_l2: fitted.baseline.l2,
    backend: shortBackend(backend),
    ...(backend.fallbackReason ? { backend_note: backend.fallbackReason } : {}),
    models: reports,
  });
}

/** The transfer model and the ensemble as two more scored models (none when the backbone is unavailable). */
export function transferScored(transfer: TransferOutcome): ScoredModel[] {
  if (transfer.status !== "ready") return [];
  return [
    { name: "transfer", valScores: transfer.valScores.transfer, reportScores: transfer.testScores?.transfer ?? transfer.valScores.transfer, point: transfer.headPoint },
    { name: "ensemble", valScores: transfer.valScores.ensemble, reportScores: transfer.testScores?.ensemble ?? transfer.valScores.ensemble, point: transfer.ensemblePoint },
  ];
}

/**
 * `transfer` and `ensemble` objects for the evaluate JSON, or both null with the reason (and `pretrained`
 * saying which backbone was looked for), so the CNN and baseline keys never change with the models folder.
 */
export function transferKeys(transfer: TransferOutcome, reports: Record<string, ModelReport>, cnnTrainSeconds: number): Record<string, unknown> {
  if (transfer.status !== "ready") {
    return { transfer: null, ensemble: null, pretrained: { model: transfer.model, status: "unavailable", reason: transfer.reason } };
  }
  const common = { embed_seconds: transfer.embedSeconds, embedded: transfer.embedded, cache_hits: transfer.cacheHits };
  return {
    transfer: {
      ...reports.transfer!,
      ...common,
      train_seconds: transfer.trainSeconds,
      val_auc: transfer.valAuc.transfer,
      best_epoch: transfer.head.bestEpoch,
      epochs_run: transfer.head.epochsRun,
      backbone: transfer.modelKey,
    },
    ensemble: {
      ...reports.ensemble!,
      ...common,
      // The ensemble needs both models: the CNN's training time plus the head's.
      train_seconds: cnnTrainSeconds + transfer.trainSeconds,
      val_auc: transfer.valAuc.ensemble,
      offered: transfer.ensembleOffered,
      method: transfer.ensembleMethod,
    },
    pretrained: { model: transfer.model, status: "ready", backbone: transfer.modelKey },
  };
}
