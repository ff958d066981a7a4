// A PipelineContext for the app's own scripts (`pnpm train|evaluate|seed` in apps/maintenance), the same one the
// root CLI builds: data folder from --data-dir, else <data root>/equipment; artefacts in .verticals/.
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { PipelineContext } from "@verticals/cli";
import { resolveDataRoot } from "@verticals/data";
import { storeUrl } from "../store/client";

export const appDir = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

// `pnpm train -- --data-dir DIR` passes the "--" through: drop it.
export function cliContext(argv = process.argv.slice(2).filter((a) => a !== "--")): PipelineContext {
  const { values } = parseArgs({ args: argv, options: { "data-dir": { type: "string" }, seed: { type: "string" } } });
  const artifactsDir = join(appDir, ".verticals");
  mkdirSync(artifactsDir, { recursive: true });
  const controller = new AbortController();
  process.once("SIGINT", () => controller.abort());
  return {
    dataDir: values["data-dir"] ? resolve(values["data-dir"]) : join(resolveDataRoot({ cwd: appDir }), "equipment"),
    artifactsDir,
    databaseUrl: storeUrl(appDir),
    seed: Number(values.seed ?? process.env.VERTICALS_SEED ?? 42),
    log: { info: (m) => process.stderr.write(`${m}\n`), warn: (m) => process.stderr.write(`warning: ${m}\n`) },
    signal: controller.signal,
  };
}
