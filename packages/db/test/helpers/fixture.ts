import { cpSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createPrismaClient, migrationsDirFor, type DatabaseProvider } from "../../src";
import { tempDir } from "./temp-dir";
import type { PrismaClient } from "../fixtures/app/src/store/generated/sqlite/client";

export const fixtureAppDir = fileURLToPath(new URL("../fixtures/app", import.meta.url));
export const fixturePrismaDir = path.join(fixtureAppDir, "prisma");
export const fixtureSchemaPath = path.join(fixturePrismaDir, "schema.prisma");

export function fixtureMigrationsDir(provider: DatabaseProvider): string {
  return migrationsDirFor(fixturePrismaDir, provider);
}

/** A private copy of the fixture migrations, safe to edit. */
export function copyOfMigrations(provider: DatabaseProvider): string {
  const dir = path.join(tempDir("db-migrations"), "migrations");
  cpSync(fixtureMigrationsDir(provider), dir, { recursive: true });
  return dir;
}

/** The fixture app's client, built the way an app builds its own. */
export function openFixtureClient(url: string): Promise<PrismaClient> {
  return createPrismaClient(url, {
    sqlite: () => import("../fixtures/app/src/store/generated/sqlite/client"),
    postgresql: () => import("../fixtures/app/src/store/generated/postgresql/client"),
  });
}
