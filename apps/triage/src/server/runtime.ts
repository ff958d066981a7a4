// One store client and one loaded model per server process (kept on globalThis so Next.js dev reloads and
// several route modules share them). Migrations run once, before the first query.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { readEnv, type TriageEnv } from "../env";
import { TriageModel } from "../pipeline/predict";
import { resolveEmbedder } from "../pipeline/embeddings";
import type { ImageEmbedder } from "@verticals/pretrained";
import { migrateStore, openStore, storeUrl, type Store } from "../store/client";

interface RuntimeState {
  env?: TriageEnv;
  store?: Promise<Store>;
  model?: Promise<TriageModel>;
  modelKey?: string;
}

const key = Symbol.for("verticals.triage.runtime");
function state(): RuntimeState {
  const holder = globalThis as unknown as Record<symbol, RuntimeState | undefined>;
  return (holder[key] ??= {});
}

export function env(): TriageEnv {
  return (state().env ??= readEnv());
}

export function getStore(): Promise<Store> {
  const s = state();
  s.store ??= (async () => {
    const e = env();
    const url = e.databaseUrl ? storeUrl(e.appDir, { DATABASE_URL: e.databaseUrl }) : storeUrl(e.appDir, {});
    await migrateStore(url, e.appDir);
    return openStore(url);
  })().catch((error: unknown) => {
    s.store = undefined;
    throw error;
  });
  return s.store;
}

export class ModelUnavailableError extends Error {
  override name = "ModelUnavailableError";
}

/** The deployed model; reloaded when the artifact on disk changes (a retrain while the server runs). */
export function getModel(): Promise<TriageModel> {
  const s = state();
  const dir = env().modelDir;
  const card = path.join(dir, "card.json");
  if (!existsSync(card)) {
    return Promise.reject(new ModelUnavailableError(`no trained model in ${dir}: run \`pnpm verticals train triage\` (or \`pnpm verticals demo\`) first`));
  }
  const modelKey = `${dir}:${statSync(card).mtimeMs}`;
  if (!s.model || s.modelKey !== modelKey) {
    s.modelKey = modelKey;
    s.model = TriageModel.load(dir).catch((error: unknown) => {
      s.model = undefined;
      throw error;
    });
  }
  return s.model;
}

/** The pretrained backbone for upload embeddings (similar cases), or undefined when it is not available here. */
export async function getEmbedder(): Promise<ImageEmbedder | undefined> {
  const resolved = await resolveEmbedder();
  return resolved.available ? resolved.embedder : undefined;
}

/** Tests: forget the cached env, store and model. */
export async function resetRuntime(): Promise<void> {
  const s = state();
  const store = s.store;
  s.env = undefined;
  s.store = undefined;
  s.model = undefined;
  s.modelKey = undefined;
  if (store) await (await store.catch(() => undefined))?.$disconnect();
}
