import { createClient, type Client, type Row } from "@libsql/client";
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { sqliteFilePath } from "../database-url";
import { HISTORY_COLUMNS, type MigrationDriver, type MigrationRecord } from "./migration-driver";
import type { MigrationFile } from "./migrations-directory";

// Prisma's SQLite history table, verbatim.
const CREATE_HISTORY_TABLE = `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
);`;

/**
 * SQLite through @libsql/client on one connection. Timestamps are stored as integer milliseconds,
 * as Prisma's schema engine writes them.
 */
export class SqliteMigrationDriver implements MigrationDriver {
  readonly provider = "sqlite" as const;
  private readonly client: Client;

  constructor(url: string) {
    mkdirSync(path.dirname(sqliteFilePath(url)), { recursive: true });
    // One connection: pragmas set on it hold for the migration transaction that follows.
    this.client = createClient({ url, concurrency: 1 });
  }

  async lock(): Promise<void> {
    // Another process may hold the write lock briefly (a running app); wait instead of failing.
    await this.client.execute("PRAGMA busy_timeout = 10000");
  }

  async unlock(): Promise<void> {}

  async historyTableExists(): Promise<boolean> {
    const result = await this.client.execute(
      "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'",
    );
    return result.rows.length > 0;
  }

  async userTables(): Promise<string[]> {
    const result = await this.client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
    );
    return result.rows.map((row) => String(row.name));
  }

  async createHistoryTable(): Promise<void> {
    // IF NOT EXISTS for concurrent runners; SQLite stores the statement without that clause.
    await this.client.execute(CREATE_HISTORY_TABLE.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS"));
  }

  async listRecords(): Promise<MigrationRecord[]> {
    const result = await this.client.execute(
      `SELECT ${HISTORY_COLUMNS} FROM "_prisma_migrations" ORDER BY started_at ASC`,
    );
    return result.rows.map(toRecord);
  }

  async applyInTransaction(migration: MigrationFile): Promise<boolean> {
    // SQLite's recipe for schema changes: foreign keys off outside the transaction (PRAGMA foreign_keys
    // is a no-op inside one), then foreign_key_check before commit. Prisma's table-redefinition SQL relies on it.
    // The client has a single connection, so the pragma applies to the transaction's connection.
    await this.client.execute("PRAGMA foreign_keys = OFF");
    try {
      const tx = await this.client.transaction("write");
      try {
        const applied = await tx.execute({
          sql: `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = ? AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
          args: [migration.name],
        });
        if (applied.rows.length > 0) {
          await tx.rollback();
          return false; // another runner applied it meanwhile
        }
        const id = randomUUID();
        await tx.execute({
          sql: `INSERT INTO "_prisma_migrations" (id, checksum, started_at, migration_name) VALUES (?, ?, ?, ?)`,
          args: [id, migration.checksum, Date.now(), migration.name],
        });
        await tx.executeMultiple(migration.script);
        const violations = await tx.execute("PRAGMA foreign_key_check");
        if (violations.rows.length > 0) {
          const first = violations.rows[0]!;
          throw new Error(
            `foreign_key_check found ${violations.rows.length} violation(s), e.g. table "${String(first.table)}" ` +
              `row ${String(first.rowid)} references a missing "${String(first.parent)}" row`,
          );
        }
        await tx.execute({
          sql: `UPDATE "_prisma_migrations" SET applied_steps_count = applied_steps_count + 1, finished_at = ? WHERE id = ?`,
          args: [Date.now(), id],
        });
        await tx.commit();
        return true;
      } catch (error) {
        await tx.rollback().catch(() => undefined); // SQLite may have rolled back already
        throw error;
      } finally {
        tx.close();
      }
    } finally {
      await this.client.execute("PRAGMA foreign_keys = ON");
    }
  }

  async recordFailedAttempt(migration: MigrationFile, startedAt: Date, logs: string): Promise<void> {
    await this.client.execute({
      sql: `INSERT INTO "_prisma_migrations" (id, checksum, started_at, migration_name, logs, rolled_back_at) VALUES (?, ?, ?, ?, ?, ?)`,
      args: [randomUUID(), migration.checksum, startedAt.getTime(), migration.name, logs, Date.now()],
    });
  }

  async markRolledBack(migrationName: string): Promise<number> {
    const result = await this.client.execute({
      sql: `UPDATE "_prisma_migrations" SET rolled_back_at = ? WHERE migration_name = ? AND finished_at IS NULL AND rolled_back_at IS NULL`,
      args: [Date.now(), migrationName],
    });
    return result.rowsAffected;
  }

  async markApplied(migration: MigrationFile): Promise<void> {
    const now = Date.now();
    await this.client.execute({
      sql: `INSERT INTO "_prisma_migrations" (id, checksum, logs, started_at, finished_at, migration_name) VALUES (?, ?, '', ?, ?, ?)`,
      args: [randomUUID(), migration.checksum, now, now, migration.name],
    });
  }

  async close(): Promise<void> {
    this.client.close();
  }
}

function toRecord(row: Row): MigrationRecord {
  return {
    id: String(row.id),
    checksum: String(row.checksum),
    migrationName: String(row.migration_name),
    startedAt: toDate(row.started_at) ?? new Date(0),
    finishedAt: toDate(row.finished_at),
    rolledBackAt: toDate(row.rolled_back_at),
    logs: row.logs === null || row.logs === undefined ? null : String(row.logs),
    appliedStepsCount: Number(row.applied_steps_count),
  };
}

/** Prisma writes integer milliseconds; the column default (current_timestamp) writes UTC text. */
function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "bigint") return new Date(Number(value));
  const text = String(value);
  return new Date(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/.test(text) ? `${text.replace(" ", "T")}Z` : text);
}
