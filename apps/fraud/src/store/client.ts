// The app's Prisma client: SQLite by default, PostgreSQL when DATABASE_URL says so (see packages/db/README.md).
import { createPrismaClient, databaseProvider, migrate, migrationsDirFor, resolveDatabaseUrl } from "@verticals/db";
import path from "node:path";
import type { PrismaClient } from "./generated/sqlite/client";

export type Store = PrismaClient;

export const APP_NAME = "fraud";

/** The store URL: DATABASE_URL, else <appDir>/.verticals/fraud.db. appDir is the app folder (Next.js runs there). */
export function storeUrl(appDir = process.cwd(), env: Record<string, string | undefined> = process.env): string {
  return resolveDatabaseUrl({ app: APP_NAME, appDir, env });
}

/**
 * A client for `url` (see storeUrl); only the generated client the URL needs is loaded. SQLite runs in WAL
 * mode with synchronous=NORMAL: a commit no longer waits for the disk (the last commits can be lost on a power
 * cut, the file is never corrupted), which is what lets one scoring request cost ~1 ms of store time.
 */
export async function openStore(url: string): Promise<Store> {
  const store = await createPrismaClient<Store>(url, {
    sqlite: () => import("./generated/sqlite/client"),
    postgresql: () => import("./generated/postgresql/client"),
  });
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

/** Applies pending SQL migrations (idempotent): prisma/migrations or prisma/migrations-postgresql by provider. */
export async function migrateStore(url: string, appDir: string): Promise<{ applied: string[] }> {
  const result = await migrate({ url, migrationsDir: migrationsDirFor(path.join(appDir, "prisma"), databaseProvider(url)) });
  return { applied: result.applied };
}
