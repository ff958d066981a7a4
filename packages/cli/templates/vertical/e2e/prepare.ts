// Gets the app ready for the end-to-end tests: a small synthetic dataset, a model trained on it (reused when
// up to date) and a freshly seeded SQLite store, all under .verticals/e2e. playwright.config.ts points the
// server at them.
import { join } from "node:path";
import { prepareE2E } from "@verticals/cli";
import { pipeline } from "../src/pipeline/index";
import { generateSynthetic } from "../src/pipeline/synthetic";
import { E2E_DATABASE_URL, E2E_DIR } from "./paths";

process.env.__ENV___MAX_EPOCHS ??= "20";
const dataDir = join(E2E_DIR, "data");
await generateSynthetic(dataDir, { rows: 2000, seed: 42 });
await prepareE2E(pipeline, { dataDir, artifactsDir: E2E_DIR, databaseUrl: E2E_DATABASE_URL });
