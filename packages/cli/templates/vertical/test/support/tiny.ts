// A small synthetic dataset and a model trained on it in a few seconds, in temp folders removed afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PipelineContext } from "@verticals/cli";
import { generateSynthetic } from "../../src/pipeline/synthetic";
import { trainVertical } from "../../src/pipeline/train";

export interface TinySetup {
  ctx: PipelineContext;
  modelDir: string;
  cleanup: () => void;
}

// Few epochs are enough to exercise every step; `pnpm bench` measures the real schedule.
process.env.__ENV___MAX_EPOCHS ??= "12";

export const quietLog = { info: () => undefined, warn: () => undefined };

export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function trainTinyModel(rows = 1200, seed = 7): Promise<TinySetup> {
  const data = tempDir("__NAME__-data-");
  const artifacts = tempDir("__NAME__-artifacts-");
  await generateSynthetic(data.dir, { rows, seed });
  const ctx: PipelineContext = { dataDir: data.dir, artifactsDir: artifacts.dir, databaseUrl: "file:/dev/null", seed, log: quietLog, signal: new AbortController().signal };
  const summary = await trainVertical(ctx);
  if (summary.reused) throw new Error("expected a freshly trained model");
  return {
    ctx,
    modelDir: join(artifacts.dir, "model"),
    cleanup: () => {
      data.cleanup();
      artifacts.cleanup();
    },
  };
}

/** Training prints progress to stderr; keep test output readable. */
export function silenceStderr(): () => void {
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = (() => true) as typeof process.stderr.write;
  return () => {
    process.stderr.write = write;
  };
}
