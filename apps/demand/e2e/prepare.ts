// Gets the app ready for the end-to-end tests: the default synthetic M5 twin, a model trained on it (reused when
// up to date, ~20 s otherwise) and a freshly seeded SQLite store, all under .verticals/e2e so the demo's own
// model and store are never touched. playwright.config.ts points the server at them.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { generateM5 } from "@verticals/data";
import { prepareE2E } from "@verticals/cli";
import { pipeline } from "../src/pipeline/index";
import { E2E_DATA_DIR, E2E_DATABASE_URL, E2E_DIR } from "./paths";

if (!existsSync(join(E2E_DATA_DIR, "sales_train_validation.csv"))) await generateM5(E2E_DATA_DIR, { seed: 42 });
await prepareE2E(pipeline, { dataDir: E2E_DATA_DIR, artifactsDir: E2E_DIR, databaseUrl: E2E_DATABASE_URL });
