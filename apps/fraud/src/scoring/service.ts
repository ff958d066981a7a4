// One store client and one loaded model per server process (Next.js may import this module from several
// route bundles, so the instances live on globalThis). Route handlers and pages call these, nothing else.
import { initBackend } from "@verticals/core";
import { existsSync } from "node:fs";
import path from "node:path";
import { readEnv, type FraudEnv } from "../env";
import { loadFraudArtifact, modelDir, type FraudArtifact } from "../pipeline/artifact";
import { migrateStore, openStore, storeUrl, type Store } from "../store/client";
import { recordRun } from "../store/runs";
import { runRecordFrom } from "./run-record";

/** No trained model on disk: the API answers 503 and the dashboard explains how to train one. */
export class ModelUnavailableError extends Error {
  override name = "ModelUnavailableError";
}

export interface StoreService {
  env: FraudEnv;
  store: Store;
  url: string;
}

export interface ScoringService extends StoreService {
  artifact: FraudArtifact;
}

interface Cache {
  store?: Promise<StoreService>;
  scoring?: Promise<ScoringService>;
}

const key = Symbol.for("verticals.fraud.service");
const cache = (): Cache => ((globalThis as unknown as Record<symbol, Cache>)[key] ??= {});

/** Forget failures so the next request tries again (e.g. after `pnpm verticals train fraud`). */
function remember<T>(slot: "store" | "scoring", create: () => Promise<T>): Promise<T> {
  const c = cache() as Record<string, Promise<unknown> | undefined>;
  const existing = c[slot] as Promise<T> | undefined;
  if (existing) return existing;
  const created = create();
  c[slot] = created;
  created.catch(() => {
    if (c[slot] === created) c[slot] = undefined;
  });
  return created;
}

export function getStoreService(appDir = process.cwd()): Promise<StoreService> {
  return remember("store", async () => {
    const env = readEnv(process.env, appDir);
    const url = storeUrl(appDir);
    await migrateStore(url, appDir);
    return { env, store: await openStore(url), url };
  });
}

export function getScoringService(appDir = process.cwd()): Promise<ScoringService> {
  return remember("scoring", async () => {
    const base = await getStoreService(appDir);
    const dir = modelDir(base.env.artifactsDir);
    if (!existsSync(path.join(dir, "card.json"))) {
      throw new ModelUnavailableError(`no trained model in ${dir}: run \`pnpm verticals train fraud\` (or \`pnpm verticals demo\`)`);
    }
    await initBackend();
    const artifact = await loadFraudArtifact(base.env.artifactsDir);
    await recordRun(base.store, runRecordFrom(artifact));
    return { ...base, artifact };
  });
}

/** Drops the cached instances (tests that switch databases or models). */
export async function resetServices(): Promise<void> {
  const c = cache();
  const store = await c.store?.catch(() => undefined);
  const scoring = await c.scoring?.catch(() => undefined);
  scoring?.artifact.model.scorer.dispose();
  await store?.store.$disconnect();
  c.store = undefined;
  c.scoring = undefined;
}
