import { afterAll, beforeAll, describe, it } from "@jest/globals";
import path from "node:path";
import type { DatabaseProvider } from "../database-url";
import { migrate } from "../migrations/migrate";
import { migrationsDirFor } from "../migrations/migrations-layout";
import { createPostgresDatabase, dropPostgresDatabase } from "./postgres-databases";
import { cleanupMark, registerCleanup, runCleanupsSince } from "./test-cleanup";
import { startTestPostgres, type TestPostgres } from "./test-postgres";
import { createTestSqliteUrl } from "./test-sqlite";
import { postgresUnavailableReason, REQUIRE_POSTGRES_ENV, TEST_POSTGRES_URL_ENV } from "./test-environment";

export interface DescribeEachStoreOptions {
  /** The app's prisma folder: its migrations (prisma/migrations, prisma/migrations-postgresql) are applied first. */
  prismaDir?: string;
}

const warned = new Set<string>();

/**
 * Declares the same store tests twice: on a fresh SQLite file and on a fresh PostgreSQL database.
 * `getUrl()` (valid inside tests and hooks) returns that block's database URL. PostgreSQL comes from
 * $VERTICALS_TEST_POSTGRES_URL (set by `@verticals/db/jest-global-setup`: one cluster per jest run),
 * else a cluster started for this block; without PostgreSQL binaries its block is skipped with a message
 * (or fails, when VERTICALS_REQUIRE_POSTGRES=1).
 */
export function describeEachStore(
  title: string,
  body: (getUrl: () => string, provider: DatabaseProvider) => void,
  options: DescribeEachStoreOptions = {},
): void {
  describe(`${title} [sqlite]`, () => {
    let url: string | undefined;
    let mark = 0;
    beforeAll(async () => {
      mark = cleanupMark();
      url = createTestSqliteUrl();
      await applyMigrations(url, "sqlite", options);
    });
    afterAll(() => runCleanupsSince(mark)); // this block's database and any createTestDatabase ones
    body(() => current(url, title), "sqlite");
  });

  const unavailable = postgresUnavailableReason();
  if (unavailable) {
    if (process.env[REQUIRE_POSTGRES_ENV] === "1") {
      describe(`${title} [postgresql]`, () => {
        it("needs PostgreSQL", () => {
          throw new Error(`PostgreSQL is required (${REQUIRE_POSTGRES_ENV}=1) but unavailable: ${unavailable}`);
        });
      });
      return;
    }
    if (!warned.has(unavailable)) {
      warned.add(unavailable);
      console.warn(`PostgreSQL store tests skipped: ${unavailable}`);
    }
    describe.skip(`${title} [postgresql] (skipped: ${unavailable})`, () => body(() => "", "postgresql"));
    return;
  }

  describe(`${title} [postgresql]`, () => {
    let server: TestPostgres | undefined;
    let serverUrl = process.env[TEST_POSTGRES_URL_ENV];
    let url: string | undefined;
    let mark = 0;
    beforeAll(async () => {
      mark = cleanupMark();
      if (!serverUrl) {
        const started = await startTestPostgres();
        if (!started.postgres) throw new Error(started.reason);
        server = started.postgres;
        serverUrl = server.url;
        registerCleanup(() => server?.stop());
      }
      const created = await createPostgresDatabase(serverUrl);
      url = created;
      registerCleanup(() => dropPostgresDatabase(serverUrl!, created));
      await applyMigrations(url, "postgresql", options);
    });
    afterAll(() => runCleanupsSince(mark));
    body(() => current(url, title), "postgresql");
  });
}

function current(url: string | undefined, title: string): string {
  if (!url) throw new Error(`describeEachStore("${title}"): getUrl() is only available inside tests and hooks`);
  return url;
}

async function applyMigrations(url: string, provider: DatabaseProvider, options: DescribeEachStoreOptions): Promise<void> {
  if (options.prismaDir) await migrate({ url, migrationsDir: migrationsDirFor(path.resolve(options.prismaDir), provider) });
}
