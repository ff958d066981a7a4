// The context the root CLI would build, for running this app's pipeline directly (`pnpm train|evaluate|seed`
// in apps/fraud, what a fork that drops packages/cli runs): --data-dir DIR, else $VERTICALS_DATA_DIR/fraud,
// else <repo>/data/fraud. Artefacts in .verticals/ (or VERTICALS_ARTIFACTS_DIR), store from DATABASE_URL or
// .verticals/fraud.db, seed from VERTICALS_SEED (default 42).
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { PipelineContext } from "@verticals/cli";
import { datasetDir, resolveDataRoot } from "@verticals/data";
import { readEnv } from "../env";
import { storeUrl } from "../store/client";

const appDir = resolve(import.meta.dirname, "..", "..");

export function cliContext(argv = process.argv.slice(2)): PipelineContext {
  const { values } = parseArgs({ args: argv, options: { "data-dir": { type: "string" } }, allowPositionals: false });
  const env = readEnv(process.env, appDir);
  const dataDir = values["data-dir"] ? resolve(values["data-dir"]) : datasetDir(resolveDataRoot({ cwd: appDir }), "creditcard");
  mkdirSync(env.artifactsDir, { recursive: true });
  const controller = new AbortController();
  process.once("SIGINT", () => controller.abort());
  return {
    dataDir,
    artifactsDir: env.artifactsDir,
    databaseUrl: storeUrl(appDir),
    seed: env.seed,
    log: { info: (m) => process.stderr.write(`  ${m}\n`), warn: (m) => process.stderr.write(`  ! ${m}\n`) },
    signal: controller.signal,
  };
}
