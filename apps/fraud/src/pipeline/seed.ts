// Fills the store so the dashboard has something to show: migrate, record the model version with its test
// report, and score the first half of the held-back test rows (the other half is left for the live replay).
// Idempotent: a model version is seeded once.
import { holdoutColumns, loadFraudArtifact, type Holdout } from "./artifact";
import { rowAt } from "./columns";
import { runRecordFrom } from "../scoring/run-record";
import { scoreAndStore } from "../scoring/score-and-store";
import type { TransactionInput } from "../scoring/validate";
import { migrateStore, openStore } from "../store/client";
import { recordRun } from "../store/runs";
import { countBySource } from "../store/transactions";

/** Share of the held-back rows scored by seed; the rest is what the dashboard's replay streams. */
export const SEED_SHARE = 0.5;

export const seedRowCount = (holdout: Holdout) => Math.floor(holdout.labels.length * SEED_SHARE);

/** Held-back rows [start, end) as API inputs: reference "holdout-<index>", known class attached. */
export function holdoutInputs(holdout: Holdout, start: number, end: number): TransactionInput[] {
  const { data, labels } = holdoutColumns(holdout, start, end);
  return Array.from({ length: data.rows }, (_, i) => ({
    transaction: rowAt(data, i),
    reference: `holdout-${start + i}`,
    knownClass: labels[i] === 1 ? 1 : 0,
  }));
}

export async function seedStore(options: { databaseUrl: string; artifactsDir: string; appDir: string; log?: (message: string) => void }): Promise<{ rows: number; seeded: number }> {
  await migrateStore(options.databaseUrl, options.appDir);
  const artifact = await loadFraudArtifact(options.artifactsDir);
  const store = await openStore(options.databaseUrl);
  try {
    await recordRun(store, runRecordFrom(artifact));
    let seeded = 0;
    if ((await countBySource(store, "seed", artifact.model.version)) === 0) {
      const inputs = holdoutInputs(artifact.holdout, 0, seedRowCount(artifact.holdout));
      const { results } = await scoreAndStore(artifact.model, store, inputs, { source: "seed" });
      seeded = results.length;
      options.log?.(`scored ${seeded} held-back transactions (${results.filter((r) => r.alertId !== null).length} alerts) with ${artifact.model.version}`);
    } else {
      options.log?.(`${artifact.model.version} was already seeded; nothing to do`);
    }
    return { rows: await store.scoredTransaction.count(), seeded };
  } finally {
    artifact.model.scorer.dispose();
    await store.$disconnect();
  }
}
