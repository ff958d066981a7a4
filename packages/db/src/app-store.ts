// One app's store, defined once: where it lives (SQLite file or PostgreSQL schema by DATABASE_URL), how to open
// it and how to migrate it. Apps keep only the part a bundler must see: the imports of their generated clients.
import path from "node:path";
import { createPrismaClient, type PrismaClientModules } from "./create-prisma-client";
import { databaseProvider, resolveDatabaseUrl } from "./database-url";
import { migrate, type MigrateResult } from "./migrations/migrate";
import { migrationsDirFor } from "./migrations/migrations-layout";

export interface AppStore<Client> {
  app: string;
  /** DATABASE_URL (a schema per app on PostgreSQL), else <appDir>/.verticals/<app>.db. appDir: where Next.js runs. */
  storeUrl(appDir?: string, env?: Record<string, string | undefined>): string;
  /** A client for the URL; only the generated client that URL needs is loaded. */
  openStore(url: string): Promise<Client>;
  /** Applies pending SQL migrations (idempotent): prisma/migrations or prisma/migrations-postgresql by provider. */
  migrateStore(url: string, appDir: string): Promise<MigrateResult>;
}

export function defineAppStore<Client>(app: string, clients: PrismaClientModules<Client>): AppStore<Client> {
  return {
    app,
    storeUrl: (appDir = process.cwd(), env = process.env) => resolveDatabaseUrl({ app, appDir, env }),
    openStore: (url) => createPrismaClient<Client>(url, clients),
    migrateStore: (url, appDir) => migrate({ url, migrationsDir: migrationsDirFor(path.join(appDir, "prisma"), databaseProvider(url)) }),
  };
}
