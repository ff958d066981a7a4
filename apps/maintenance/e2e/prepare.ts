// Gets the app ready for the end-to-end tests: a small synthetic equipment folder (AI4I rows and C-MAPSS engines
// with an official-style test part), both models trained on it with the real configuration (reused when up to
// date) and a freshly seeded SQLite store, all under .verticals/e2e so the demo's own models and store are never
// touched. playwright.config.ts points the server at them.
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { generateAi4i2020, generateCmapss } from "@verticals/data";
import { pipeline } from "../src/pipeline/index";
import { E2E_DATA_DIR, E2E_DATABASE_URL, E2E_DIR } from "./paths";

const started = performance.now();
if (!existsSync(join(E2E_DATA_DIR, "ai4i2020", "ai4i2020.csv"))) await generateAi4i2020(join(E2E_DATA_DIR, "ai4i2020"), { seed: 42, size: 3000 });
if (!existsSync(join(E2E_DATA_DIR, "cmapss", "RUL_FD001.txt"))) await generateCmapss(join(E2E_DATA_DIR, "cmapss"), { seed: 42, size: 30, testEngines: 12 });
// Every run starts from the same fleet: uploads from one run never leak into the next.
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
console.log(`[e2e prepare] models ${summary.reused ? "reused" : `trained in ${summary.trainSeconds.toFixed(1)} s`}`);
const { rows } = await pipeline.seed(ctx);
console.log(`[e2e prepare] store seeded (${rows} rows) → ${E2E_DATABASE_URL} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
