// Trains the real pipeline on a tiny synthetic file (a few seconds) into a temp artifacts folder.
import type { PipelineContext } from "@verticals/cli";
import { trainTriage } from "../../src/pipeline/train-artifact";
import { quietLog, syntheticDataDir, tempDir } from "./synthetic";

export interface TinySetup {
  ctx: PipelineContext;
  modelDir: string;
  cleanup: () => void;
}

// A handful of epochs is enough to exercise every step; the real schedule is measured by `pnpm bench`.
process.env.TRIAGE_MAX_EPOCHS ??= "4";
// The pipeline tests run without the pretrained backbone (as on a fresh clone); transfer.test.ts covers it with a
// fake embedder and similar-cases.test.ts with the real one when ../shared/models is present.
const NO_BACKBONE = "/nonexistent/triage-tests-run-without-a-backbone";
/** The models directory the run was started with (undefined: the default, <repo>/../shared/models). Jest reuses
 * worker processes across files, so our own default is recognised and not taken for the user's setting. */
export const STARTING_MODELS_DIR = process.env.VERTICALS_MODELS_DIR === NO_BACKBONE ? undefined : process.env.VERTICALS_MODELS_DIR;
process.env.VERTICALS_MODELS_DIR ??= NO_BACKBONE;

export async function trainTinyModel(databaseUrl = "file:/dev/null"): Promise<TinySetup> {
  const data = await syntheticDataDir(120, 11);
  const artifacts = tempDir("triage-artifacts-");
  const ctx: PipelineContext = { dataDir: data.dir, artifactsDir: artifacts.dir, databaseUrl, seed: 5, log: quietLog, signal: new AbortController().signal };
  const summary = await trainTriage(ctx);
  if (summary.reused) throw new Error("expected a fresh model");
  return {
    ctx,
    modelDir: `${artifacts.dir}/model`,
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
