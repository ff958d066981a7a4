// The context the root CLI would build, for running this app's pipeline directly (`pnpm train|evaluate|seed`
// in apps/__NAME__): --data-dir DIR, else $VERTICALS_DATA_DIR/__NAME__, else <repo>/data/__NAME__.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { PipelineContext } from "@verticals/cli";
import { resolveDataRoot } from "@verticals/data";
import { storeUrl } from "../store/client";

const appDir = resolve(import.meta.dirname, "..", "..");

export function cliContext(argv = process.argv.slice(2)): PipelineContext {
  const { values } = parseArgs({ args: argv, options: { "data-dir": { type: "string" } }, allowPositionals: false });
  const dataDir = values["data-dir"] ? resolve(values["data-dir"]) : join(resolveDataRoot({}), "__NAME__");
  const artifactsDir = join(appDir, ".verticals");
  mkdirSync(artifactsDir, { recursive: true });
  const controller = new AbortController();
  process.once("SIGINT", () => controller.abort());
  return {
    dataDir,
    artifactsDir,
    databaseUrl: storeUrl(appDir),
    seed: Number(process.env.VERTICALS_SEED ?? 42),
    log: { info: (m) => process.stderr.write(`  ${m}\n`), warn: (m) => process.stderr.write(`  ! ${m}\n`) },
    signal: controller.signal,
  };
}
