// Gets the app ready for the end-to-end tests: the default synthetic M5 twin, a model trained on it (reused when
// up to date, ~20 s otherwise) and a freshly seeded SQLite store, all under .verticals/e2e so the demo's own
// model and store are never touched. playwright.config.ts points the server at them.
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { generateM5 } from "@verticals/data";
import { pipeline } from "../src/pipeline/index";
import { E2E_DATA_DIR, E2E_DATABASE_URL, E2E_DIR } from "./paths";

if (!existsSync(join(E2E_DATA_DIR, "sales_train_validation.csv"))) await generateM5(E2E_DATA_DIR, { seed: 42 });
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${E2E_DATABASE_URL.slice("file:".length)}${suffix}`, { force: true });
const ctx = {
  dataDir: E2E_DATA_DIR,
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
