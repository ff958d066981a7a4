// Per-process singletons of the Next.js server: the environment, the store (migrated once at start-up) and the
// saved forecaster (loaded on first use, for what-ifs and re-forecasts). Kept on globalThis so hot reloads and
// route bundles share one of each.
import { join } from "node:path";
import { initBackend } from "@verticals/core";
import { readEnv, type DemandEnv } from "../env";
import { loadDemandArtifact, MODEL_DIR_NAME, type LoadedDemandArtifact } from "../pipeline/artifact";
import { migrateStore, openStore, storeUrl, type Store } from "../store/client";

interface Singletons {
  env?: DemandEnv;
  store?: Promise<Store>;
  model?: Promise<LoadedDemandArtifact>;
}

const key = Symbol.for("verticals.demand.server");
function singletons(): Singletons {
  const holder = globalThis as unknown as Record<symbol, Singletons | undefined>;
  return (holder[key] ??= {});
}

export function env(): DemandEnv {
  return (singletons().env ??= readEnv());
}

export function appDir(): string {
  return process.cwd();
}

export function getStore(): Promise<Store> {
  const s = singletons();
  s.store ??= (async () => {
    // The same URL the CLI seeds: DATABASE_URL with this app's own schema on PostgreSQL, else the SQLite file.
    const url = storeUrl(appDir());
    await migrateStore(url, appDir());
    return openStore(url);
  })().catch((error: unknown) => {
    s.store = undefined;
    throw error;
  });
  return s.store;
}

/** No saved forecaster to load (never trained here, or its files are unreadable): the API answers 503. */
export class ModelUnavailableError extends Error {}

/** The saved forecaster with its network; throws ModelUnavailableError, with the command to run, when there is none. */
export function getModel(): Promise<LoadedDemandArtifact> {
  const s = singletons();
  s.model ??= (async () => {
    await initBackend();
    const dir = join(env().artifactsDir, MODEL_DIR_NAME);
    try {
      return await loadDemandArtifact(dir);
    } catch (error) {
      throw new ModelUnavailableError(`no usable trained model in ${dir} (${(error as Error).message}): run \`pnpm verticals train demand\``);
    }
  })().catch((error: unknown) => {
    s.model = undefined;
    throw error;
  });
  return s.model;
}

/** Forgets the singletons (closing the store), so tests can point the app at another database or model. */
export async function resetServerState(): Promise<void> {
  const s = singletons();
  const store = s.store;
  s.env = undefined;
  s.store = undefined;
  s.model = undefined;
  if (store) await (await store.catch(() => undefined))?.$disconnect();
}
