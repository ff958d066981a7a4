import { randomUUID } from "node:crypto";
import pg from "pg";
import { postgresConnectionOptions, quoteIdentifier } from "../postgres-url";
import { HISTORY_COLUMNS, type MigrationDriver, type MigrationRecord } from "./migration-driver";
import type { MigrationFile } from "./migrations-directory";

// Prisma's PostgreSQL history table, verbatim.
const CREATE_HISTORY_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;

// The advisory lock key Prisma's schema engine takes, so this runner and `prisma migrate` exclude each other.
const PRISMA_ADVISORY_LOCK = 72707369;

interface HistoryRow {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}

/** PostgreSQL through one node-postgres client; the schema is the URL's `?schema=` (default public), created if missing. */
export class PostgresMigrationDriver implements MigrationDriver {
  readonly provider = "postgresql" as const;

  private constructor(
    private readonly client: pg.Client,
    readonly schema: string,
  ) {}

  static async connect(url: string): Promise<PostgresMigrationDriver> {
    const { connectionString, schema = "public" } = postgresConnectionOptions(url);
    const client = await connectCreatingDatabase(connectionString);
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
      await client.query(`SET search_path TO ${quoteIdentifier(schema)}`);
    } catch (error) {
      await client.end();
      throw error;
    }
    return new PostgresMigrationDriver(client, schema);
  }

  async lock(): Promise<void> {
    await this.client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
  }

  async unlock(): Promise<void> {
    await this.client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]);
  }

  async historyTableExists(): Promise<boolean> {
    const result = await this.client.query(
      "SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = '_prisma_migrations'",
      [this.schema],
    );
    return result.rows.length > 0;
  }

  async userTables(): Promise<string[]> {
    const result = await this.client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = $1 AND tablename <> '_prisma_migrations' ORDER BY tablename",
      [this.schema],
    );
    return result.rows.map((row) => row.tablename);
  }

  async createHistoryTable(): Promise<void> {
    await this.client.query(CREATE_HISTORY_TABLE);
  }

  async listRecords(): Promise<MigrationRecord[]> {
    const result = await this.client.query<HistoryRow>(
      `SELECT ${HISTORY_COLUMNS} FROM _prisma_migrations ORDER BY started_at ASC`,
    );
    return result.rows.map((row) => ({
      id: row.id,
      checksum: row.checksum,
      migrationName: row.migration_name,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      rolledBackAt: row.rolled_back_at,
      logs: row.logs,
      appliedStepsCount: row.applied_steps_count,
    }));
  }

  async applyInTransaction(migration: MigrationFile): Promise<boolean> {
    await this.client.query("BEGIN");
    try {
      const id = randomUUID();
      await this.client.query(
        "INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name) VALUES ($1, $2, $3, $4)",
        [id, migration.checksum, new Date(), migration.name],
      );
      // No parameters: node-postgres sends the script as one simple query, so it may hold many statements.
      await this.client.query(migration.script);
      await this.client.query(
        "UPDATE _prisma_migrations SET applied_steps_count = applied_steps_count + 1, finished_at = $1 WHERE id = $2",
        [new Date(), id],
      );
      await this.client.query("COMMIT");
      return true;
    } catch (error) {
      await this.client.query("ROLLBACK").catch(() => undefined);
      throw withScriptPosition(error, migration.script);
    }
  }

  async recordFailedAttempt(migration: MigrationFile, startedAt: Date, logs: string): Promise<void> {
    await this.client.query(
      "INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name, logs, rolled_back_at) VALUES ($1, $2, $3, $4, $5, $6)",
      [randomUUID(), migration.checksum, startedAt, migration.name, logs, new Date()],
    );
  }

  async markRolledBack(migrationName: string): Promise<number> {
    const result = await this.client.query(
      "UPDATE _prisma_migrations SET rolled_back_at = $1 WHERE migration_name = $2 AND finished_at IS NULL AND rolled_back_at IS NULL",
      [new Date(), migrationName],
    );
    return result.rowCount ?? 0;
  }

  async markApplied(migration: MigrationFile): Promise<void> {
    const now = new Date();
    await this.client.query(
      "INSERT INTO _prisma_migrations (id, checksum, logs, started_at, finished_at, migration_name) VALUES ($1, $2, '', $3, $4, $5)",
      [randomUUID(), migration.checksum, now, now, migration.name],
    );
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

/** Connects; when the database does not exist yet, creates it first (as `prisma migrate deploy` does). */
async function connectCreatingDatabase(connectionString: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    if ((error as { code?: string }).code !== "3D000") throw error;
  }
  const target = new URL(connectionString);
  const database = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(connectionString);
  admin.pathname = "/postgres";
  const adminClient = new pg.Client({ connectionString: admin.toString() });
  await adminClient.connect();
  try {
    await adminClient.query(`CREATE DATABASE ${quoteIdentifier(database)}`);
  } catch (error) {
    if ((error as { code?: string }).code !== "42P04") throw error; // created meanwhile by another runner
  } finally {
    await adminClient.end();
  }
  const client2 = new pg.Client({ connectionString });
  await client2.connect();
  return client2;
}

/** Adds "line N" to a PostgreSQL error, from the character position it reports in the script. */
function withScriptPosition(error: unknown, script: string): unknown {
  const position = Number((error as { position?: string }).position);
  if (!(error instanceof Error) || !Number.isFinite(position) || position <= 0) return error;
  const line = script.slice(0, position - 1).split("\n").length;
  error.message = `${error.message} (migration.sql line ${line})`;
  return error;
}
