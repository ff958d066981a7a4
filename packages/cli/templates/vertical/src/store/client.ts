// The app's Prisma client for SQLite (default) or PostgreSQL (DATABASE_URL), and its migrations.
import path from "node:path";
import { createPrismaClient, databaseProvider, migrate, migrationsDirFor, resolveDatabaseUrl } from "@verticals/db";
import type { PrismaClient } from "./generated/sqlite/client";

export type Store = PrismaClient;

export const APP_NAME = "__NAME__";

/** appDir: the app folder (Next.js runs there, so process.cwd(); the CLI passes it explicitly). */
export function storeUrl(appDir: string, env: Record<string, string | undefined> = process.env): string {
  return resolveDatabaseUrl({ app: APP_NAME, appDir, env });
}

export function openStore(url: string): Promise<Store> {
  return createPrismaClient(url, {
    sqlite: () => import("./generated/sqlite/client"),
    postgresql: () => import("./generated/postgresql/client"),
  });
}

/** Applies pending migrations (idempotent). */
export async function migrateStore(url: string, appDir: string): Promise<void> {
  await migrate({ url, migrationsDir: migrationsDirFor(path.join(appDir, "prisma"), databaseProvider(url)) });
}
