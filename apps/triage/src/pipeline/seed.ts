// `seed`: migrate the store, register the deployed model's run (metrics and curves for the performance
// page), and fill the worklist with held-out images (test split, else val) scored by the model, with
// arrival times spread over the last hours and a few already reported. Idempotent: images are keyed by
// split and index, so a second run adds nothing (a new model version only adds its run).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRng } from "@verticals/core";
import { shortBackend } from "./backend-label";
import type { PipelineContext } from "@verticals/cli";
import { addReferenceCases, addStudy, ensureRun, recordDecision, vectorBytes, type StoredEmbedding } from "../store/queries";
import { migrateStore, openStore } from "../store/client";
import { loadTriageArtifact, modelVersion, pretrainedInfo } from "./artifact";
import { loadTriageDataset } from "./dataset";
import { PIXELS } from "./preprocess";
import { TriageModel } from "./predict";
import { modelDir, trainTriage } from "./train-artifact";
import { embedPixelSets, resolveEmbedder } from "./embeddings";
import type { TransferOptions } from "./transfer";

export const WORKLIST_SIZE = 36;
/** Studies of the seeded list that arrive already reported, so the audit trail and history are not empty. */
export const PRE_REPORTED = 4;
const SEED_ACTOR = "seed (demo data loader)";
const SEED_READER = "Dr. A. Demo (seeded)";
/** Labelled training images kept as the similar-case reference library (with their embeddings). */
export const REFERENCE_CASES = 400;

const appDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export async function seedTriage(ctx: PipelineContext, transferOptions: TransferOptions = {}): Promise<{ rows: number }> {
  const dir = modelDir(ctx);
  await trainTriage(ctx, transferOptions); // reuses the saved model when it is up to date
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
      curves: {
        labels: artifact.evaluation.labels,
        cnn: artifact.evaluation.cnn,
        baseline: artifact.evaluation.baseline,
        ...(artifact.evaluation.transfer ? { transfer: artifact.evaluation.transfer } : {}),
        ...(artifact.evaluation.ensemble ? { ensemble: artifact.evaluation.ensemble } : {}),
        pretrained: pretrainedInfo(artifact.transfer),
        history: artifact.evaluation.history,
        note: artifact.evaluation.note ?? null,
      },
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

    // Similar cases need the pretrained backbone; without it the case view says so and nothing else changes.
    const backbone = await resolveEmbedder(transferOptions);
    const referenceIndices = Array.from(createRng(ctx.seed + 11).permutation(data.train.count).subarray(0, Math.min(REFERENCE_CASES, data.train.count)));
    let studyEmbeddings: StoredEmbedding[] | undefined;
    if (backbone.available) {
      const referencePixels = gather(data.train.pixels, referenceIndices);
      const embedded = await embedPixelSets(backbone.embedder, [gather(split.pixels, chosen), referencePixels], { artifactsDir: ctx.artifactsDir, label: "embedding worklist and reference cases" });
      const [worklistSet, referenceSet] = embedded.sets;
      const rowOf = (set: typeof worklistSet, i: number) => set!.vectors.slice(i * set!.dim, (i + 1) * set!.dim);
      const byKey = new Map(chosen.map((_, k) => [keys[k]!, { vector: rowOf(worklistSet, k), model: embedded.modelKey }]));
      studyEmbeddings = todo.map((index) => byKey.get(`${split.name}:${index}`)!);
      // Studies seeded while the backbone was missing get their embedding now.
      const missing = await store.study.findMany({ where: { seedKey: { in: keys }, OR: [{ embeddingModel: null }, { embeddingModel: { not: embedded.modelKey } }] }, select: { id: true, seedKey: true } });
      for (const study of missing) {
        const embedding = byKey.get(study.seedKey!)!;
        await store.study.update({ where: { id: study.id }, data: { embedding: vectorBytes(embedding.vector), embeddingModel: embedding.model } });
        rows++;
      }
      const added = await addReferenceCases(
        store,
        referenceIndices.map((index, k) => ({
          seedKey: `train:${index}`,
          pixels: referencePixels.subarray(k * PIXELS, (k + 1) * PIXELS),
          label: data.train.labels[index]!,
          embedding: { vector: rowOf(referenceSet, k), model: embedded.modelKey },
        })),
      );
      if (added > 0) ctx.log.info(`similar cases: ${added} labelled training images added to the reference library`);
      rows += added;
    } else {
      ctx.log.info(`similar cases unavailable (${backbone.reason.split("\n")[0]})`);
    }
    if (todo.length === 0) {
      ctx.log.info(`worklist already seeded (${chosen.length} held-out ${split.name} images)`);
      return { rows };
    }
    const model = await TriageModel.load(dir);
    const pixels = gather(split.pixels, todo);
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
        ...(studyEmbeddings ? { embedding: studyEmbeddings[k]! } : {}),
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

/** The 784-byte images at `indices`, concatenated. */
function gather(pixels: Uint8Array, indices: number[]): Uint8Array {
  const out = new Uint8Array(indices.length * PIXELS);
  indices.forEach((index, k) => out.set(pixels.subarray(index * PIXELS, (index + 1) * PIXELS), k * PIXELS));
  return out;
}
