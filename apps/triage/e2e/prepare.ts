// Gets the app ready for the end-to-end tests: a small synthetic dataset, a model trained on it (reused when
// up to date, ~20 s otherwise) and a freshly seeded SQLite store, all under .verticals/e2e so the demo's own
// model and store are never touched. playwright.config.ts points the server at them.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { generatePneumoniamnist } from "@verticals/data";
import { prepareE2E } from "@verticals/cli";
import { pipeline } from "../src/pipeline/index";
import { E2E_DIR, E2E_DATABASE_URL } from "./paths";

const dataDir = join(E2E_DIR, "data");
if (!existsSync(join(dataDir, "pneumoniamnist.npz"))) await generatePneumoniamnist(dataDir, { seed: 42, size: 240 });
await prepareE2E(pipeline, { dataDir, artifactsDir: E2E_DIR, databaseUrl: E2E_DATABASE_URL });
