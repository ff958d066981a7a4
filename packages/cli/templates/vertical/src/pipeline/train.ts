// `pnpm verticals train __NAME__`: trains the network and its baseline and saves the model with its card,
// or reuses the saved model when data, settings, seed and code are unchanged. With no data in the data
// folder it first writes the synthetic twin (labelled synthetic everywhere it is shown).
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { PipelineContext, TrainSummary } from "@verticals/cli";
import { describeBackend, loadModelArtifact, type ModelCard } from "@verticals/core";
import { saveArtifact } from "./artifact";
import { buildCard } from "./card";
import { trainConfig } from "./config";
import { dataFile, loadDataset } from "./dataset";
import { fitVertical } from "./fit";
import { modelVersion, trainingFingerprint } from "./fingerprint";
import { readDataProvenance } from "./provenance";
import { generateSynthetic } from "./synthetic";

export function modelDir(ctx: Pick<PipelineContext, "artifactsDir">): string {
  return join(ctx.artifactsDir, "model");
}

export async function ensureData(ctx: PipelineContext): Promise<void> {
  if (existsSync(dataFile(ctx.dataDir))) return;
  const file = await generateSynthetic(ctx.dataDir, { seed: ctx.seed });
  ctx.log.warn(`no ${dataFile(ctx.dataDir)}: wrote a seeded SYNTHETIC dataset there (${file}); put your own CSV in its place to train on real data`);
}

export function headline(card: ModelCard): string[] {
  const model = card.metrics;
  const baseline = card.baseline.metrics;
  const rows = card.data.rows.test;
  return [
    `ROC-AUC ${model.auc?.toFixed(3)} (baseline ${baseline.auc?.toFixed(3)}) on ${rows} held-out rows`,
    `AUPRC ${model.auprc?.toFixed(3)} (baseline ${baseline.auprc?.toFixed(3)})`,
  ];
}

export async function trainVertical(ctx: PipelineContext): Promise<TrainSummary> {
  await ensureData(ctx);
  const config = trainConfig();
  const fingerprint = await trainingFingerprint(dataFile(ctx.dataDir), config, ctx.seed);
  const dir = modelDir(ctx);
  const saved = existsSync(join(dir, "card.json")) ? await loadModelArtifact(dir, { loadModel: false }).catch(() => undefined) : undefined;
  if (saved?.card.extra?.fingerprint === fingerprint) {
    return { headline: headline(saved.card), backend: `tfjs · ${describeBackend(saved.card.backend)}`, trainSeconds: saved.card.trainSeconds, reused: true };
  }

  const [data, provenance] = await Promise.all([loadDataset(ctx.dataDir), readDataProvenance(ctx.dataDir)]);
  ctx.log.info(`${data.rows} rows from ${data.file} (${provenance.kind === "synthetic" ? "SYNTHETIC" : "real"}: ${provenance.name})`);
  const fit = await fitVertical(data, config, ctx.seed, ctx.signal);
  try {
    const card = buildCard(fit, { version: modelVersion(fingerprint), fingerprint, provenance, config, seed: ctx.seed });
    await saveArtifact(dir, { model: fit.model, card, standardizer: fit.standardizer, baseline: fit.baseline, heldOut: fit.heldOut }, ctx.signal);
    ctx.log.info(`saved ${card.version} → ${dir}`);
    return { headline: headline(card), backend: `tfjs · ${describeBackend(fit.backend)}`, trainSeconds: fit.trainSeconds };
  } finally {
    fit.model.dispose();
  }
}
