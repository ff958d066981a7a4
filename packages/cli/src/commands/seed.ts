import { type AppManifest } from "../manifest";
import { log } from "../log";
import { loadPipeline, pipelineContext } from "../load-pipeline";

/** Migrates the app's store and fills it with its trained model's results. */
export async function seedApp(app: AppManifest, dataDir: string, signal: AbortSignal, seed?: number): Promise<void> {
  const pipeline = await loadPipeline(app);
  log.step(`seed ${app.name}'s store`);
  const ctx = pipelineContext(app, dataDir, signal, seed);
  const { rows } = await pipeline.seed(ctx);
  log.info(`${rows} rows in ${ctx.databaseUrl.startsWith("file:") ? "SQLite" : "PostgreSQL"}`);
}
