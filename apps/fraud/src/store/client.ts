// The app's Prisma store: SQLite by default, PostgreSQL when DATABASE_URL says so (see @verticals/db).
import { databaseProvider, defineAppStore } from "@verticals/db";
import type { PrismaClient } from "./generated/sqlite/client";

export type Store = PrismaClient;

export const APP_NAME = "fraud";

// The generated clients are imported here, in the app, so Next.js bundles the right one.
const appStore = defineAppStore<Store>(APP_NAME, {
  sqlite: () => import("./generated/sqlite/client"),
  postgresql: () => import("./generated/postgresql/client"),
});

export const { storeUrl, migrateStore } = appStore;

/**
 * A client for `url` (see storeUrl); only the generated client the URL needs is loaded. SQLite runs in WAL
 * mode with synchronous=NORMAL: a commit no longer waits for the disk (the last commits can be lost on a power
 * cut, the file is never corrupted), which is what lets one scoring request cost ~1 ms of store time.
 */
export async function openStore(url: string): Promise<Store> {
  const store = await appStore.openStore(url);
  if (databaseProvider(url) === "sqlite") {
    sqliteStores.add(store);
    await store.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await fastCommits(store);
  }
  return store;
}

const sqliteStores = new WeakSet<Store>();

/**
 * SQLite only: synchronous=NORMAL on the connection the next statement uses. The setting is per connection,
 * and the libsql client hands its connection to every interactive transaction (Prisma's $transaction, upsert,
 * nested writes) and opens a fresh one, with the default FULL, for what follows: call this after those.
 */
export async function fastCommits(store: Store): Promise<void> {
  if (sqliteStores.has(store)) await store.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
}
