// What an app's own scripts run (`pnpm train|evaluate|seed|bench` inside apps/<app>): the same pipeline, context
// and output as the root CLI, found through the app's verticals.json, so no app keeps a copy of this wiring.
import { resolve } from "node:path";
import { datasetDirForApp } from "./data-folders";
import { pipelineContext } from "./load-pipeline";
import { readManifest } from "./manifest";
import { interruptSignal } from "./interrupt";
import { type PipelineContext } from "./pipeline-contract";

export interface AppScriptOptions {
  /** The app folder (holding verticals.json); default: the current directory, where pnpm runs app scripts. */
  appDir?: string;
  /** The app's dataset folder; default: <data root>/<its folder>, with synthetic data made when missing. */
  dataDir?: string;
  seed?: number;
  signal?: AbortSignal;
}

/** The PipelineContext the root CLI would build for this app: for benchmarks and other app-level scripts. */
export async function appScriptContext(options: AppScriptOptions = {}): Promise<PipelineContext> {
  const app = readManifest(resolve(options.appDir ?? process.cwd()));
  const dataDir = options.dataDir ? resolve(options.dataDir) : await datasetDirForApp(app);
  return pipelineContext(app, dataDir, options.signal ?? interruptSignal(), options.seed);
}
