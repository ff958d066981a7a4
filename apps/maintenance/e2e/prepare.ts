// Gets the app ready for the end-to-end tests: a small synthetic equipment folder (AI4I rows and C-MAPSS engines
// with an official-style test part), both models trained on it with the real configuration (reused when up to
// date) and a freshly seeded SQLite store, all under .verticals/e2e so the demo's own models and store are never
// touched. playwright.config.ts points the server at them.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { generateAi4i2020, generateCmapss } from "@verticals/data";
import { prepareE2E } from "@verticals/cli";
import { pipeline } from "../src/pipeline/index";
import { E2E_DATA_DIR, E2E_DATABASE_URL, E2E_DIR } from "./paths";

if (!existsSync(join(E2E_DATA_DIR, "ai4i2020", "ai4i2020.csv"))) await generateAi4i2020(join(E2E_DATA_DIR, "ai4i2020"), { seed: 42, size: 3000 });
if (!existsSync(join(E2E_DATA_DIR, "cmapss", "RUL_FD001.txt"))) await generateCmapss(join(E2E_DATA_DIR, "cmapss"), { seed: 42, size: 30, testEngines: 12 });
await prepareE2E(pipeline, { dataDir: E2E_DATA_DIR, artifactsDir: E2E_DIR, databaseUrl: E2E_DATABASE_URL });
