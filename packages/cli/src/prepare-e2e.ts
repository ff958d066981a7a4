// Gets an app ready for its end-to-end tests once its small synthetic dataset exists: a fresh SQLite store, the
// model trained on that data (reused when up to date) and the store seeded, all under the app's e2e folder so
// the demo's own model and store are never touched. Each app's e2e/prepare.ts makes its data, then calls this.
import { rmSync } from "node:fs";
import { sqliteFilePath } from "@verticals/db";
import type { PipelineContext, VerticalPipeline } from "./pipeline-contract";

export interface E2EFolders {
  dataDir: string;
  artifactsDir: string;
  /** A file: URL: the store is deleted and seeded again on every run. */
  databaseUrl: string;
}

export async function prepareE2E(pipeline: VerticalPipeline, folders: E2EFolders): Promise<void> {
  const started = performance.now();
  // Every run starts from the same store: rows written by one run (uploads, verdicts) never leak into the next.
  const file = sqliteFilePath(folders.databaseUrl);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
  const ctx: PipelineContext = {
    ...folders,
    seed: 42,
    log: { info: (m) => console.log(`[e2e prepare] ${m}`), warn: (m) => console.warn(`[e2e prepare] ${m}`) },
    signal: new AbortController().signal,
  };
  const summary = await pipeline.train(ctx);
  console.log(`[e2e prepare] model ${summary.reused ? "reused" : `trained in ${summary.trainSeconds.toFixed(1)} s`}`);
  const { rows } = await pipeline.seed(ctx);
  console.log(`[e2e prepare] store seeded (${rows} rows) → ${folders.databaseUrl} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
