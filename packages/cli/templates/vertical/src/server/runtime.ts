// One store client per server process (kept on globalThis so Next.js dev reloads and several route modules
// share it), migrated once before the first query; and the deployed model's card, re-read when retrained.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { loadModelArtifact, type ModelCard } from "@verticals/core";
import { readEnv, type AppEnv } from "../env";
import { migrateStore, openStore, storeUrl, type Store } from "../store/client";

interface RuntimeState {
  env?: AppEnv;
  store?: Promise<Store>;
  card?: { key: string; card: Promise<ModelCard> };
}

const key = Symbol.for("verticals.__NAME__.runtime");
function state(): RuntimeState {
  const holder = globalThis as unknown as Record<symbol, RuntimeState | undefined>;
  return (holder[key] ??= {});
}

export function env(): AppEnv {
  return (state().env ??= readEnv());
}

export function getStore(): Promise<Store> {
  const s = state();
  s.store ??= (async () => {
    const e = env();
    const url = storeUrl(e.appDir, e.databaseUrl ? { DATABASE_URL: e.databaseUrl } : {});
    await migrateStore(url, e.appDir);
    return openStore(url);
  })().catch((error: unknown) => {
    s.store = undefined;
    throw error;
  });
  return s.store;
}

/** The deployed model's card, or undefined before the first `pnpm verticals train __NAME__`. */
export async function deployedCard(): Promise<ModelCard | undefined> {
  const s = state();
  const dir = env().modelDir;
  const file = path.join(dir, "card.json");
  if (!existsSync(file)) return undefined;
  const cardKey = `${dir}:${statSync(file).mtimeMs}`;
  if (s.card?.key !== cardKey) {
    const card = loadModelArtifact(dir, { loadModel: false }).then((artifact) => artifact.card);
    card.catch(() => {
      if (s.card?.key === cardKey) s.card = undefined;
    });
    s.card = { key: cardKey, card };
  }
  return s.card.card;
}

/** Forgets the cached store and settings (tests switch DATABASE_URL between suites). */
export async function resetRuntime(): Promise<void> {
  const s = state();
  const store = s.store;
  s.store = undefined;
  s.env = undefined;
  s.card = undefined;
  if (store) await (await store.catch(() => undefined))?.$disconnect();
}
