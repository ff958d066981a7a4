// Fills the store for the dashboard: the deployed model's run, and its held-out test records re-scored by
// the saved model (so a broken save/load shows up here, not on the dashboard). Idempotent.
import { resolve } from "node:path";
import type { PipelineContext } from "@verticals/cli";
import { addScoredRecords } from "../store/records";
import { migrateStore, openStore } from "../store/client";
import { ensureRun, runFromCard } from "../store/runs";
import { loadArtifact } from "./artifact";
import { FEATURE_COLUMNS } from "./columns";
import { scoreRecords } from "./predict";
import { modelDir } from "./train";

const APP_DIR = resolve(import.meta.dirname, "..", "..");

export async function seedVertical(ctx: PipelineContext): Promise<{ rows: number }> {
  await migrateStore(ctx.databaseUrl, APP_DIR);
  const artifact = await loadArtifact(modelDir(ctx));
  const { heldOut, card } = artifact;
  const probabilities = scoreRecords(artifact, heldOut.features);
  artifact.model?.dispose();
  const threshold = Number(card.threshold?.value ?? 0.5);
  const store = await openStore(ctx.databaseUrl);
  try {
    const run = await ensureRun(store, runFromCard(card));
    const inserted = await addScoredRecords(
      store,
      run.id,
      heldOut.ids.map((externalId, i) => ({
        externalId,
        features: Object.fromEntries(FEATURE_COLUMNS.map((name, c) => [name, heldOut.features[i]![c]!])),
        probability: probabilities[i]!,
        flagged: probabilities[i]! >= threshold,
        label: heldOut.labels[i]!,
      })),
    );
    return { rows: (run.created ? 1 : 0) + inserted };
  } finally {
    await store.$disconnect();
  }
}
