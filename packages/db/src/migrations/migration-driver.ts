import type { DatabaseProvider } from "../database-url";
import type { MigrationFile } from "./migrations-directory";

/** One row of `_prisma_migrations`, in Prisma's own columns. */
export interface MigrationRecord {
  id: string;
  checksum: string;
  migrationName: string;
  startedAt: Date;
  finishedAt: Date | null;
  rolledBackAt: Date | null;
  logs: string | null;
  appliedStepsCount: number;
}

/** What the runner needs from a database; one implementation per dialect. */
export interface MigrationDriver {
  readonly provider: DatabaseProvider;
  /** Serialises concurrent runners where the dialect needs it (PostgreSQL advisory lock). */
  lock(): Promise<void>;
  unlock(): Promise<void>;
  historyTableExists(): Promise<boolean>;
  /** User tables (history table excluded), to refuse migrating a non-empty database without history. */
  userTables(): Promise<string[]>;
  createHistoryTable(): Promise<void>;
  listRecords(): Promise<MigrationRecord[]>;
  /**
   * Runs the script and records it in one transaction. Returns false when another runner applied it
   * meanwhile. Throws the database error after rolling back.
   */
  applyInTransaction(migration: MigrationFile): Promise<boolean>;
  /** Records a failed, rolled-back attempt (logs = the error). */
  recordFailedAttempt(migration: MigrationFile, startedAt: Date, logs: string): Promise<void>;
  /** Sets rolled_back_at on unfinished rows of a migration, like `prisma migrate resolve --rolled-back`. */
  markRolledBack(migrationName: string): Promise<number>;
  /** Records a migration as applied without running it, like `prisma migrate resolve --applied`. */
  markApplied(migration: MigrationFile): Promise<void>;
  close(): Promise<void>;
}

/** Prisma's record columns, in its order. */
export const HISTORY_COLUMNS =
  "id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count";
