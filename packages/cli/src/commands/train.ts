import { type AppManifest } from "../manifest";
import { log } from "../log";
import { loadPipeline, pipelineContext } from "../load-pipeline";

/** Trains one app's model (reusing an up-to-date one) and prints its headline figures. */
export async function trainApp(app: AppManifest, dataDir: string, signal: AbortSignal, seed?: number): Promise<void> {
  const pipeline = await loadPipeline(app);
  log.step(`train ${app.name} on ${dataDir}`);
  const summary = await pipeline.train(pipelineContext(app, dataDir, signal, seed));
  log.info(`${summary.reused ? "reused the saved model" : `trained in ${summary.trainSeconds.toFixed(1)} s`} · backend ${summary.backend}`);
  for (const line of summary.headline) log.info(line);
}
