// Fills the store so the dashboard has something to show: migrate, record the model version with its test
// report, and score the first half of the held-back test rows (the other half is left for the live replay).
// Idempotent: a model version is seeded once. A new version's seed replaces the earlier versions' demo rows
// rather than adding the same transactions again; reviewed ones are kept (see store/demo-rows.ts).
import { loadFraudArtifact } from "./artifact";
import { holdoutInputs, seedRowCount } from "../scoring/replay";
import { runRecordFrom } from "../scoring/run-record";
import { scoreInputs } from "../scoring/score-and-store";
import { migrateStore, openStore } from "../store/client";
import { recordRun } from "../store/runs";
import { replaceDemoRows, survivingDemoKeys, transactionKey } from "../store/demo-rows";
import { countBySource } from "../store/transactions";

export async function seedStore(options: { databaseUrl: string; artifactsDir: string; appDir: string; log?: (message: string) => void }): Promise<{ rows: number; seeded: number }> {
  await migrateStore(options.databaseUrl, options.appDir);
  const artifact = await loadFraudArtifact(options.artifactsDir);
  const store = await openStore(options.databaseUrl);
  try {
    await recordRun(store, runRecordFrom(artifact));
    let seeded = 0;
    if ((await countBySource(store, "seed", artifact.model.version)) === 0) {
      // Transactions an analyst reviewed under an earlier version stay as they are: not worth scoring again.
      const kept = await survivingDemoKeys(store, artifact.model.version);
      const held = holdoutInputs(artifact.holdout, 0, seedRowCount(artifact.holdout));
      const inputs = held.filter((input) => !kept.has(transactionKey(input.transaction)));
      const rows = scoreInputs(artifact.model, inputs);
      const { stored, removed } = await replaceDemoRows(store, { modelVersion: artifact.model.version, source: "seed", rows });
      seeded = stored;
      const alerts = rows.filter((row) => row.explanation !== null).length;
      options.log?.(
        `scored ${seeded} held-back transactions (${alerts} alerts) with ${artifact.model.version}` +
          (removed > 0 ? `; replaced ${removed} unreviewed demo rows of earlier versions` : "") +
          (held.length > stored ? `; ${held.length - stored} already in the store (reviewed) left as they are` : ""),
      );
    } else {
      options.log?.(`${artifact.model.version} was already seeded; nothing to do`);
    }
    return { rows: await store.scoredTransaction.count(), seeded };
  } finally {
    artifact.model.scorer.dispose();
    await store.$disconnect();
  }
}
