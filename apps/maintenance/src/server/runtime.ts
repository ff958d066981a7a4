// Server-side singletons of the dashboard: the store (migrated once) and the trained models, each loaded once
// per process and reloaded when a newer model is saved (the card's mtime changes).
import { statSync } from "node:fs";
import { join } from "node:path";
import { initBackend, type BackendInfo } from "@verticals/core";
import { failureDir, loadFailureArtifact, loadRulArtifact, rulDir, type LoadedFailureArtifact, type LoadedRulArtifact } from "../pipeline/artifacts";
import { readEnv, type AppEnv } from "../env";
import { migrateStore, openStore, storeUrl, type Store } from "../store/client";

interface Runtime {
  env?: AppEnv;
  store?: Promise<Store>;
  rul?: { mtime: number; value: Promise<LoadedRulArtifact> };
  failure?: { mtime: number; value: Promise<LoadedFailureArtifact> };
  backend?: Promise<BackendInfo>;
}

const holder = globalThis as unknown as { __maintenanceRuntime?: Runtime };
const runtime = (): Runtime => (holder.__maintenanceRuntime ??= {});

export function appEnv(): AppEnv {
  return (runtime().env ??= readEnv());
}

/** The store, migrated on first use. */
export function getStore(): Promise<Store> {
  const r = runtime();
  if (!r.store) {
    const env = appEnv();
    const url = storeUrl(env.appDir);
    r.store = (async () => {
      await migrateStore(url, env.appDir);
      return openStore(url);
    })();
    r.store.catch(() => (r.store = undefined));
  }
  return r.store;
}

function cardMtime(dir: string): number | null {
  try {
    return statSync(join(dir, "card.json")).mtimeMs;
  } catch {
    return null;
  }
}

export class ModelsMissingError extends Error {
  override name = "ModelsMissingError";
}

/** The RUL model with its band, or ModelsMissingError when it was never trained here. */
export async function getRul(): Promise<LoadedRulArtifact> {
  const r = runtime();
  const dir = rulDir(appEnv().artifactsDir);
  const mtime = cardMtime(dir);
  if (mtime === null) throw new ModelsMissingError(`No trained RUL model in ${dir}: run \`pnpm verticals train maintenance\` (or \`pnpm verticals demo\`)`);
  if (!r.rul || r.rul.mtime !== mtime) {
    r.backend ??= initBackend();
    const value = r.backend.then(() => loadRulArtifact(appEnv().artifactsDir));
    r.rul = { mtime, value };
    value.catch(() => (r.rul = undefined));
  }
  return r.rul.value;
}

export async function getFailure(): Promise<LoadedFailureArtifact> {
  const r = runtime();
  const dir = failureDir(appEnv().artifactsDir);
  const mtime = cardMtime(dir);
  if (mtime === null) throw new ModelsMissingError(`No trained failure model in ${dir}: run \`pnpm verticals train maintenance\` (or \`pnpm verticals demo\`)`);
  if (!r.failure || r.failure.mtime !== mtime) {
    const value = loadFailureArtifact(appEnv().artifactsDir);
    r.failure = { mtime, value };
    value.catch(() => (r.failure = undefined));
  }
  return r.failure.value;
}

/** Forgets the singletons (tests switch databases and model folders between suites). */
export async function resetRuntime(): Promise<void> {
  const r = runtime();
  const store = r.store;
  holder.__maintenanceRuntime = { ...(r.backend ? { backend: r.backend } : {}) };
  if (store) await (await store.catch(() => null))?.$disconnect();
}
