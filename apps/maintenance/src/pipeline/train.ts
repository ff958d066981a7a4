// `train`: reuse each saved model when its fingerprint (data + code + config + seed) is unchanged, else train it
// with visible progress and save it atomically with its model card.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createStepProgress, describeBackend, initBackend, parseModelCard, type BackendInfo } from "@verticals/core";
import type { PipelineContext, TrainSummary } from "@verticals/cli";
import { failureDir, rulDir, saveFailureArtifact, saveRulArtifact, type FleetEntry } from "./artifacts";
import { configForData, DEFAULT_CONFIG, type PipelineConfig } from "./config";
import { loadEquipment, type EquipmentData } from "./data";
import { runFailure } from "./failure-task";
import { PREDICTED_MODES } from "./failure/model";
import { fingerprint, modelVersion, type Fingerprint } from "./fingerprint";
import { failureCard, rulCard } from "./model-cards";
import { runRul } from "./rul-task";

const fmt = (v: number, d = 3) => (Number.isFinite(v) ? v.toFixed(d) : "n/a");

/** The fingerprint stored in a saved artifact's card, or null when there is none (or it is unreadable). */
function savedFingerprint(dir: string): string | null {
  try {
    const card = parseModelCard(JSON.parse(readFileSync(join(dir, "card.json"), "utf8")));
    const fp = card.extra?.fingerprint;
    return typeof fp === "string" ? fp : null;
  } catch {
    return null;
  }
}

export function failureFingerprint(equipment: EquipmentData, config: PipelineConfig, seed: number): Fingerprint {
  const files = [equipment.files.ai4iTrain, ...(equipment.files.ai4iTest ? [equipment.files.ai4iTest] : [])];
  return fingerprint("failure", files, config.failure, seed);
}

export function rulFingerprint(equipment: EquipmentData, config: PipelineConfig, seed: number): Fingerprint {
  const f = equipment.files;
  const files = [f.cmapssTrain, ...(f.cmapssTest && f.cmapssRul ? [f.cmapssTest, f.cmapssRul] : [])];
  return fingerprint("rul", files, config.rul, seed);
}

export async function trainFailureArtifact(ctx: PipelineContext, equipment: EquipmentData, config: PipelineConfig, backend: BackendInfo) {
  const fp = failureFingerprint(equipment, config, ctx.seed);
  const version = modelVersion("failure", fp);
  if (savedFingerprint(failureDir(ctx.artifactsDir)) === fp.hash) return { reused: true, version, seconds: 0, headline: [] as string[] };
  const progress = createStepProgress({ label: "failure model (gradient boosting)", unit: "fits", total: config.failure.folds + 2 + PREDICTED_MODES.length });
  const run = runFailure(equipment, config.failure, ctx.seed, (step, done) => progress.update(done, step));
  progress.finish(`${config.failure.folds} out-of-fold boosters, the final booster, ${PREDICTED_MODES.length} mode boosters and the baseline`);
  const card = failureCard(run, equipment.ai4i.provenance, config.failure, backend, fp, version, ctx.seed);
  const { probabilities: _p, ...evaluation } = run.evaluation;
  await saveFailureArtifact(ctx.artifactsDir, {
    model: run.trained.model,
    card,
    evaluation: { ...evaluation, importance: run.trained.model.booster.gainByFeature },
    testRows: { file: equipment.ai4iTest ? "ai4i2020_test.csv" : "ai4i2020.csv", udi: Array.from(run.split.test.rows, (r) => run.split.test.data.udi[r]!) },
  });
  const m = run.evaluation.model;
  const b = run.evaluation.baseline;
  return {
    reused: false,
    version,
    seconds: run.trained.seconds,
    headline: [
      `failure: F1 ${fmt(m.f1)} (logistic baseline ${fmt(b.f1)}) · ROC-AUC ${fmt(m.roc_auc)} · AUPRC ${fmt(m.auprc)} (${fmt(b.auprc)}) on ${run.evaluation.rows} held-out rows`,
    ],
  };
}

export async function trainRulArtifact(ctx: PipelineContext, equipment: EquipmentData, config: PipelineConfig, backend: BackendInfo) {
  const fp = rulFingerprint(equipment, config, ctx.seed);
  const version = modelVersion("rul", fp);
  if (savedFingerprint(rulDir(ctx.artifactsDir)) === fp.hash) return { reused: true, version, seconds: 0, headline: [] as string[] };
  const run = await runRul(equipment.cmapss, config.rul, ctx.seed, { signal: ctx.signal });
  try {
    const card = rulCard(run, equipment.cmapss.provenance, config.rul, backend, fp, version, ctx.seed, run.trained.trainWindows);
    const fleet: FleetEntry[] = run.split.test.fleet.map((f) => ({ unit: f.engine.unit, observed: f.engine.cycles, trueRul: f.trueRul, source: f.source }));
    await saveRulArtifact(ctx.artifactsDir, {
      models: run.trained.models,
      meta: {
        config: config.rul,
        norm: run.trained.norm,
        bands: run.trained.bands,
        baselines: run.trained.baselines,
        members: run.trained.models.length,
        buildSeed: 0,
      },
      card,
      evaluation: { ...run.evaluation, testKind: run.split.test.kind },
      fleet,
      history: run.trained.histories.map((h) => ({ bestEpoch: h.bestEpoch, loss: h.history.loss ?? [], val_rmse: h.history.val_rmse ?? [] })),
    });
  } finally {
    for (const m of run.trained.models) m.dispose();
  }
  const e = run.evaluation;
  return {
    reused: false,
    version,
    seconds: run.trained.seconds,
    headline: [
      `RUL (${run.split.test.kind === "official" ? "official test" : "held-out engines cut short"}, ${e.engines} engines): RMSE ${fmt(e.rmse, 2)} (linear ${fmt(e.baselines.linear.rmse, 2)}, constant ${fmt(e.baselines.mean.rmse, 2)}) · NASA score ${fmt(e.nasa_score, 0)} · 80% band covers ${fmt(e.coverage80 * 100, 0)}%`,
    ],
  };
}

export async function trainMaintenance(ctx: PipelineContext, requested: PipelineConfig = DEFAULT_CONFIG): Promise<TrainSummary> {
  const backend = await initBackend();
  const equipment = await loadEquipment(ctx.dataDir);
  const config = configForData(requested, equipment.cmapss.provenance.kind);
  const failure = await trainFailureArtifact(ctx, equipment, config, backend);
  const rul = await trainRulArtifact(ctx, equipment, config, backend);
  if (failure.reused) ctx.log.info(`failure model up to date (${failure.version})`);
  if (rul.reused) ctx.log.info(`RUL model up to date (${rul.version})`);
  return {
    headline: [...failure.headline, ...rul.headline],
    backend: `tfjs ${describeBackend(backend)}`,
    trainSeconds: failure.seconds + rul.seconds,
    reused: failure.reused && rul.reused,
  };
}

