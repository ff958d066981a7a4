import { describe, expect, it } from "@jest/globals";
import { createHash } from "node:crypto";
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { migrate, MigrationError, migrationLockContent, resolveMigration } from "../src";
import { createTestDatabase, describeEachStore } from "../src/testing";
import { copyOfMigrations, fixtureMigrationsDir } from "./helpers/fixture";
import { rawQuery } from "./helpers/raw-query";
import { tempDir } from "./helpers/temp-dir";

const MIGRATIONS = ["20250101000000_init", "20250102000000_score_label"];

function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

async function migrationError(promise: Promise<unknown>): Promise<MigrationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MigrationError);
  return error as MigrationError;
}

describeEachStore("migrate", (getUrl, provider) => {
  const historySql = `SELECT * FROM _prisma_migrations ORDER BY migration_name, started_at`;

  it("applies the migrations in order and records them as Prisma does", async () => {
    const migrationsDir = fixtureMigrationsDir(provider);
    const lines: string[] = [];
    const before = Date.now();
    const result = await migrate({ url: getUrl(), migrationsDir, log: (l) => lines.push(l) });
    expect(result).toEqual({ provider, applied: MIGRATIONS, alreadyApplied: [], missingLocally: [] });
    expect(lines).toEqual(MIGRATIONS.map((m) => `Applied ${m}`));

    const rows = await rawQuery(getUrl(), historySql);
    expect(rows.map((r) => r.migration_name)).toEqual(MIGRATIONS);
    for (const row of rows) {
      const file = path.join(migrationsDir, String(row.migration_name), "migration.sql");
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.checksum).toBe(sha256(file));
      expect(row.logs).toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(Number(row.applied_steps_count)).toBe(1);
      // SQLite: integer milliseconds (as Prisma's engine writes them); PostgreSQL: timestamptz.
      const started = provider === "sqlite" ? Number(row.started_at) : (row.started_at as Date).getTime();
      const finished = provider === "sqlite" ? Number(row.finished_at) : (row.finished_at as Date).getTime();
      if (provider === "sqlite") expect(typeof row.started_at).toBe("number");
      else expect(row.started_at).toBeInstanceOf(Date);
      expect(started).toBeGreaterThanOrEqual(before - 1000);
      expect(finished).toBeGreaterThanOrEqual(started);
      expect(finished).toBeLessThanOrEqual(Date.now());
    }
  });

  it("creates _prisma_migrations with Prisma's exact definition", async () => {
    if (provider === "sqlite") {
      const [table] = await rawQuery(getUrl(), `SELECT sql FROM sqlite_master WHERE name = '_prisma_migrations'`);
      expect(table!.sql).toBe(
        `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`,
      );
    } else {
      const columns = await rawQuery(
        getUrl(),
        `SELECT column_name, data_type, character_maximum_length AS len, is_nullable, column_default
           FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
      );
      expect(columns).toEqual([
        { column_name: "id", data_type: "character varying", len: 36, is_nullable: "NO", column_default: null },
        { column_name: "checksum", data_type: "character varying", len: 64, is_nullable: "NO", column_default: null },
        { column_name: "finished_at", data_type: "timestamp with time zone", len: null, is_nullable: "YES", column_default: null },
        { column_name: "migration_name", data_type: "character varying", len: 255, is_nullable: "NO", column_default: null },
        { column_name: "logs", data_type: "text", len: null, is_nullable: "YES", column_default: null },
        { column_name: "rolled_back_at", data_type: "timestamp with time zone", len: null, is_nullable: "YES", column_default: null },
        { column_name: "started_at", data_type: "timestamp with time zone", len: null, is_nullable: "NO", column_default: "now()" },
        { column_name: "applied_steps_count", data_type: "integer", len: null, is_nullable: "NO", column_default: "0" },
      ]);
    }
  });

  it("skips applied migrations when run again", async () => {
    const result = await migrate({ url: getUrl(), migrationsDir: fixtureMigrationsDir(provider) });
    expect(result.applied).toEqual([]);
    expect(result.alreadyApplied).toEqual(MIGRATIONS);
    expect(await rawQuery(getUrl(), historySql)).toHaveLength(2);
  });

  it("applies only the new migration, and reports applied ones missing from the folder", async () => {
    const url = await createTestDatabase(getUrl());
    const dir = copyOfMigrations(provider);
    await migrate({ url, migrationsDir: dir });
    mkdirSync(path.join(dir, "20250103000000_add_index"));
    writeFileSync(path.join(dir, "20250103000000_add_index", "migration.sql"), `CREATE INDEX "Score_flagged_idx" ON "Score"("flagged");\n`);
    expect((await migrate({ url, migrationsDir: dir })).applied).toEqual(["20250103000000_add_index"]);

    const otherCheckout = copyOfMigrations(provider);
    const result = await migrate({ url, migrationsDir: otherCheckout });
    expect(result.missingLocally).toEqual(["20250103000000_add_index"]);
    expect(result.applied).toEqual([]);
  });

  it("refuses when an applied migration's file changed, but not for line endings only", async () => {
    const url = await createTestDatabase(getUrl());
    const dir = copyOfMigrations(provider);
    await migrate({ url, migrationsDir: dir });
    const file = path.join(dir, MIGRATIONS[1]!, "migration.sql");
    const original = readFileSync(file, "utf8");

    writeFileSync(file, original.replace(/\n/g, "\r\n"));
    expect((await migrate({ url, migrationsDir: dir })).applied).toEqual([]);

    appendFileSync(file, "-- a harmless-looking comment\n");
    const error = await migrationError(migrate({ url, migrationsDir: dir }));
    expect(error.code).toBe("MIGRATION_EDITED");
    expect(error.migration).toBe(MIGRATIONS[1]);
    expect(error.message).toContain(file);
    expect(error.message).toContain(sha256(file));
  });

  it("rolls back a failing migration, records the attempt, and retries it once fixed", async () => {
    const url = await createTestDatabase(getUrl());
    const dir = copyOfMigrations(provider);
    const name = "20250104000000_broken";
    mkdirSync(path.join(dir, name));
    const file = path.join(dir, name, "migration.sql");
    writeFileSync(file, `CREATE TABLE "audit" ("id" INTEGER NOT NULL);\nINSERT INTO "audit" ("id") VALUES (1);\nINSERT INTO "no_such_table" VALUES (1);\n`);

    const error = await migrationError(migrate({ url, migrationsDir: dir }));
    expect(error.code).toBe("MIGRATION_FAILED");
    expect(error.migration).toBe(name);
    expect(error.message).toMatch(/no_such_table/);
    expect(error.message).toContain(file);
    if (provider === "postgresql") expect(error.message).toContain("migration.sql line 3");

    // The earlier migrations stay applied; the broken one left no table behind.
    const tables =
      provider === "sqlite"
        ? await rawQuery(url, `SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'audit'`)
        : await rawQuery(url, `SELECT tablename FROM pg_tables WHERE tablename = 'audit'`);
    expect(tables).toEqual([]);
    const attempts = await rawQuery(url, `SELECT * FROM _prisma_migrations WHERE migration_name = '${name}'`);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]!.finished_at).toBeNull();
    expect(attempts[0]!.rolled_back_at).not.toBeNull();
    expect(String(attempts[0]!.logs)).toMatch(/no_such_table/);
    expect(Number(attempts[0]!.applied_steps_count)).toBe(0);

    writeFileSync(file, `CREATE TABLE "audit" ("id" INTEGER NOT NULL);\nINSERT INTO "audit" ("id") VALUES (1);\n`);
    expect((await migrate({ url, migrationsDir: dir })).applied).toEqual([name]);
    expect(await rawQuery(url, `SELECT "id" FROM "audit"`)).toHaveLength(1);
  });

  it("refuses to continue after an unresolved failed migration until it is resolved", async () => {
    const url = await createTestDatabase(getUrl());
    const dir = copyOfMigrations(provider);
    await migrate({ url, migrationsDir: dir });
    // What `prisma migrate deploy` leaves behind when a migration fails: finished_at and rolled_back_at NULL.
    const name = "20250105000000_half_done";
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), `CREATE TABLE "half" ("id" INTEGER);\n`);
    const started = provider === "sqlite" ? Date.now() : new Date();
    await rawQuery(
      url,
      provider === "sqlite"
        ? `INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name, logs) VALUES ('x-1', 'abc', ?, ?, 'boom')`
        : `INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name, logs) VALUES ('x-1', 'abc', $1, $2, 'boom')`,
      [started, name],
    );
    const error = await migrationError(migrate({ url, migrationsDir: dir }));
    expect(error.code).toBe("PREVIOUS_MIGRATION_FAILED");
    expect(error.message).toContain(`verticals-db resolve --rolled-back ${name}`);
    expect(error.message).toContain("boom");

    await resolveMigration({ url, migrationsDir: dir, migration: name, as: "rolled-back" });
    expect((await migrate({ url, migrationsDir: dir })).applied).toEqual([name]);
  });

  it("refuses a non-empty database without history, and baselines it with resolve --applied", async () => {
    const url = await createTestDatabase(getUrl());
    const dir = copyOfMigrations(provider);
    await rawQuery(url, `CREATE TABLE "legacy" ("id" INTEGER)`);
    const error = await migrationError(migrate({ url, migrationsDir: dir }));
    expect(error.code).toBe("DATABASE_NOT_EMPTY");
    expect(error.message).toContain("legacy");

    // Baseline: a database whose tables were made outside the runner (here: the first migration run by hand).
    const fresh = await createTestDatabase(getUrl());
    const init = readFileSync(path.join(dir, MIGRATIONS[0]!, "migration.sql"), "utf8");
    if (provider === "sqlite") {
      const { createClient } = await import("@libsql/client");
      const client = createClient({ url: fresh });
      await client.executeMultiple(init);
      client.close();
    } else {
      await rawQuery(fresh, init);
    }
    await resolveMigration({ url: fresh, migrationsDir: dir, migration: MIGRATIONS[0]!, as: "applied" });
    const result = await migrate({ url: fresh, migrationsDir: dir });
    expect(result.alreadyApplied).toEqual([MIGRATIONS[0]]);
    expect(result.applied).toEqual([MIGRATIONS[1]]);
  });

  it("serialises concurrent runners: each migration is applied once", async () => {
    const url = await createTestDatabase(getUrl());
    const dir = fixtureMigrationsDir(provider);
    // A different URL string for the same database: two independent runners, as from two processes.
    const sameDatabase = provider === "sqlite" ? url : `${url}?application_name=second_runner`;
    const results = await Promise.all([migrate({ url, migrationsDir: dir }), migrate({ url: sameDatabase, migrationsDir: dir })]);
    expect(results.flatMap((r) => r.applied).sort()).toEqual(MIGRATIONS);
    const rows = await rawQuery(url, `SELECT migration_name FROM _prisma_migrations`);
    expect(rows).toHaveLength(2);
  });
});

describe("migrate: refusals before touching a database", () => {
  it("refuses a migrations folder for the other provider", async () => {
    const error = await migrationError(migrate({ url: `file:${tempDir("sqlite")}/x.db`, migrationsDir: fixtureMigrationsDir("postgresql") }));
    expect(error.code).toBe("PROVIDER_MISMATCH");
    expect(error.message).toContain('provider = "postgresql"');
  });

  it("names a missing folder, a missing lock file and a folder without migration.sql", async () => {
    const url = `file:${tempDir("sqlite")}/x.db`;
    expect((await migrationError(migrate({ url, migrationsDir: "/nonexistent/migrations" }))).message).toContain(
      "/nonexistent/migrations does not exist",
    );
    const dir = copyOfMigrations("sqlite");
    mkdirSync(path.join(dir, "20250109000000_empty"));
    const noSql = await migrationError(migrate({ url, migrationsDir: dir }));
    expect(noSql.code).toBe("MIGRATIONS_DIRECTORY");
    expect(noSql.message).toContain("20250109000000_empty has no migration.sql");

    const noLock = copyOfMigrations("sqlite");
    const { rmSync } = await import("node:fs");
    rmSync(path.join(noLock, "migration_lock.toml"));
    const error = await migrationError(migrate({ url, migrationsDir: noLock }));
    expect(error.message).toContain("migration_lock.toml is missing");
    expect(error.message).toContain(migrationLockContent("sqlite"));
  });
});
