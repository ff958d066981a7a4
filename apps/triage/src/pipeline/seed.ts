// `seed`: migrate the store, register the deployed model's run (metrics and curves for the performance
// page), and fill the worklist with held-out images (test split, else val) scored by the model, with
// arrival times spread over the last hours and a few already reported. Idempotent: images are keyed by
// split and index, so a second run adds nothing (a new model version only adds its run).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRng } from "@verticals/core";
import { shortBackend } from "./evaluate";
import type { PipelineContext } from "@verticals/cli";
import { addStudy, ensureRun, recordDecision } from "../store/queries";
import { migrateStore, openStore } from "../store/client";
import { loadTriageArtifact, modelVersion } from "./artifact";
import { loadTriageDataset } from "./dataset";
import { PIXELS } from "./preprocess";
import { TriageModel } from "./predict";
import { modelDir, trainTriage } from "./train-artifact";

export const WORKLIST_SIZE = 36;
/** Studies of the seeded list that arrive already reported, so the audit trail and history are not empty. */
export const PRE_REPORTED = 4;
const SEED_ACTOR = "seed (demo data loader)";
const SEED_READER = "Dr. A. Demo (seeded)";

const appDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export async function seedTriage(ctx: PipelineContext): Promise<{ rows: number }> {
  const dir = modelDir(ctx);
  await trainTriage(ctx); // reuses the saved model when it is up to date
  const artifact = await loadTriageArtifact(dir, { loadModel: false });
  const version = modelVersion(artifact.fingerprint);
  await migrateStore(ctx.databaseUrl, appDir);
  const store = await openStore(ctx.databaseUrl);
  try {
    const card = artifact.card;
    const run = await ensureRun(store, {
      modelVersion: version,
      trainedAt: new Date(card.createdAt),
      backend: shortBackend(card.backend),
      trainSeconds: card.trainSeconds,
      dataKind: card.data.provenance.kind,
      dataName: card.data.provenance.name,
      reportSplit: artifact.evaluation.split,
      threshold: artifact.operatingPoint.threshold,
      targetSensitivity: artifact.operatingPoint.targetSensitivity,
      metrics: artifact.evaluation.reports,
      curves: { labels: artifact.evaluation.labels, cnn: artifact.evaluation.cnn, baseline: artifact.evaluation.baseline, history: artifact.evaluation.history, note: artifact.evaluation.note ?? null },
      card,
    });
    let rows = run.created ? 1 : 0;

    const data = await loadTriageDataset(ctx.dataDir);
    const split = data.test ?? data.val;
    const rng = createRng(ctx.seed + 7);
    const chosen = Array.from(rng.permutation(split.count).subarray(0, Math.min(WORKLIST_SIZE, split.count)));
    const keys = chosen.map((index) => `${split.name}:${index}`);
    const existing = new Set((await store.study.findMany({ where: { seedKey: { in: keys } }, select: { seedKey: true } })).map((s) => s.seedKey));
    const todo = chosen.filter((_, k) => !existing.has(keys[k]!));
    if (todo.length === 0) {
      ctx.log.info(`worklist already seeded (${chosen.length} held-out ${split.name} images)`);
      return { rows };
    }
    const model = await TriageModel.load(dir);
    const pixels = new Uint8Array(todo.length * PIXELS);
    todo.forEach((index, k) => pixels.set(split.pixels.subarray(index * PIXELS, (index + 1) * PIXELS), k * PIXELS));
    const scores = model.score(pixels);
    const heatmaps = model.explain(pixels);
    const now = Date.now();
    const created: number[] = [];
    for (let k = 0; k < todo.length; k++) {
      const index = todo[k]!;
      const image = pixels.slice(k * PIXELS, (k + 1) * PIXELS);
      const minutesAgo = 5 + Math.round(rng.next() * 7 * 60);
      const study = await addStudy(store, {
        source: "seed",
        format: "npz",
        arrivedAt: new Date(now - minutesAgo * 60_000),
        pixels: image,
        preview: { width: 28, height: 28, data: image },
        originalWidth: 28,
        originalHeight: 28,
        groundTruth: split.labels[index]!,
        seedKey: `${split.name}:${index}`,
        prediction: { runId: run.id, modelVersion: version, ...scores[k]! },
        heatmap: heatmaps[k]!,
        actor: SEED_ACTOR,
      });
      created.push(study.id);
      rows += 3;
    }
    // A few studies come already reported, the way a shift's list looks mid-morning.
    if (existing.size === 0) {
      for (const studyId of created.slice(0, PRE_REPORTED)) {
        const k = created.indexOf(studyId);
        const truth = split.labels[todo[k]!]!;
        await recordDecision(store, { studyId, finding: truth === 1 ? "pneumonia" : "normal", reader: SEED_READER, note: "Seeded example decision" });
        rows += 2;
      }
    }
    ctx.log.info(`worklist: ${created.length} held-out ${split.name} images scored by ${version}`);
    model.network.dispose();
    return { rows };
  } finally {
    await store.$disconnect();
  }
}
