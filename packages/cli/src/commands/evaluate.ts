import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { type AppManifest, UsageError } from "../manifest";
import { log } from "../log";
import { loadPipeline, pipelineContext } from "../load-pipeline";

/**
 * Trains on DIR's training data and scores its test part as the app defines; the metrics are printed
 * as one JSON object on the last line of stdout (everything else goes to stderr).
 */
export async function evaluateApp(app: AppManifest, dataDir: string, signal: AbortSignal, seed?: number): Promise<void> {
  const dir = resolve(dataDir);
  if (!existsSync(dir)) throw new UsageError(`--data-dir ${dir} does not exist`);
  const pipeline = await loadPipeline(app);
  log.step(`evaluate ${app.name} on ${dir}`);
  const metrics = await pipeline.evaluate(pipelineContext(app, dir, signal, seed));
  process.stdout.write(`${JSON.stringify(metrics)}\n`);
}
