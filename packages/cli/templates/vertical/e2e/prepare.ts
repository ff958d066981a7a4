// Gets the app ready for the end-to-end tests: a small synthetic dataset, a model trained on it (reused when
// up to date) and a freshly seeded SQLite store, all under .verticals/e2e. playwright.config.ts points the
// server at them.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { pipeline } from "../src/pipeline/index";
import { generateSynthetic } from "../src/pipeline/synthetic";
import { E2E_DATABASE_URL, E2E_DIR } from "./paths";

process.env.__ENV___MAX_EPOCHS ??= "20";
const dataDir = join(E2E_DIR, "data");
await generateSynthetic(dataDir, { rows: 2000, seed: 42 });
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${E2E_DATABASE_URL.slice("file:".length)}${suffix}`, { force: true });
const ctx = {
  dataDir,
  artifactsDir: E2E_DIR,
  databaseUrl: E2E_DATABASE_URL,
  seed: 42,
  log: { info: (m: string) => console.log(`[e2e prepare] ${m}`), warn: (m: string) => console.warn(`[e2e prepare] ${m}`) },
  signal: new AbortController().signal,
};
const summary = await pipeline.train(ctx);
console.log(`[e2e prepare] model ${summary.reused ? "reused" : `trained in ${summary.trainSeconds.toFixed(1)} s`}`);
const { rows } = await pipeline.seed(ctx);
console.log(`[e2e prepare] store seeded (${rows} rows) → ${E2E_DATABASE_URL}`);
