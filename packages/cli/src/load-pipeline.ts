// Loads an app's pipeline module named by its manifest and builds the context it runs in.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { resolveDatabaseUrl } from "@verticals/db";
import { type AppManifest, UsageError } from "./manifest";
import { log } from "./log";
import { isVerticalPipeline, type PipelineContext, type VerticalPipeline } from "./pipeline-contract";

export async function loadPipeline(app: AppManifest): Promise<VerticalPipeline> {
  if (!app.pipeline) throw new UsageError(`app "${app.name}" has no pipeline to run`);
  const modulePath = resolve(app.dir, app.pipeline);
  const loaded: Record<string, unknown> = await import(pathToFileURL(modulePath).href);
  const pipeline = loaded.pipeline ?? loaded.default ?? loaded;
  if (!isVerticalPipeline(pipeline)) {
    throw new Error(`${modulePath}: must export \`pipeline\` with train, evaluate and seed functions`);
  }
  return pipeline;
}

/** Where the app's trained model lives: VERTICALS_ARTIFACTS_DIR (relative to the app folder) or .verticals, as its server reads it. */
export function appArtifactsDir(app: AppManifest, env: NodeJS.ProcessEnv = process.env): string {
  const dir = resolve(app.dir, env.VERTICALS_ARTIFACTS_DIR || ".verticals");
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The app's store URL: DATABASE_URL when set (PostgreSQL by one setting, a schema per app), else its SQLite file. */
export function appDatabaseUrl(app: AppManifest, env: NodeJS.ProcessEnv = process.env): string {
  return resolveDatabaseUrl({ app: app.name, appDir: app.dir, env });
}

/** The seed: the given one, else VERTICALS_SEED, else 42. */
export function resolveSeed(seed?: number, env: NodeJS.ProcessEnv = process.env): number {
  const value = seed ?? Number(env.VERTICALS_SEED ?? 42);
  if (!Number.isInteger(value)) throw new UsageError(`the seed must be an integer, got ${seed ?? env.VERTICALS_SEED}`);
  return value;
}

export function pipelineContext(app: AppManifest, dataDir: string, signal: AbortSignal, seed?: number): PipelineContext {
  return {
    dataDir,
    artifactsDir: appArtifactsDir(app),
    databaseUrl: appDatabaseUrl(app),
    seed: resolveSeed(seed),
    log: { info: (message) => log.info(message), warn: (message) => log.warn(message) },
    signal,
  };
}
