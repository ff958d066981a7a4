import { databaseProvider, redactDatabaseUrl, sqliteFilePath, type DatabaseProvider } from "../database-url";
import { scriptMatchesChecksum } from "./checksum";
import { MigrationError } from "./migration-error";
import type { MigrationDriver, MigrationRecord } from "./migration-driver";
import { readMigrationsDirectory, type MigrationFile } from "./migrations-directory";
import { openMigrationDriver } from "./open-migration-driver";

export interface MigrateOptions {
  /** `file:...` (SQLite) or `postgresql://...`. */
  url: string;
  /** A Prisma migrations folder for this provider (see migrationsDirFor). */
  migrationsDir: string;
  /** Progress lines (one per applied migration); silent by default. */
  log?: (line: string) => void;
}

export interface MigrateResult {
  provider: DatabaseProvider;
  /** Migrations applied by this call, in order. */
  applied: string[];
  /** Migrations that were already applied. */
  alreadyApplied: string[];
  /** Applied in the database but absent from the folder (another branch or checkout); reported, not fatal. */
  missingLocally: string[];
}

/**
 * Applies pending migrations in folder order, each in its own transaction, recording `_prisma_migrations`
 * exactly as Prisma does, so `prisma migrate deploy/status` agree with it where Prisma's engine exists.
 * Refuses (MigrationError) when an applied migration's file changed, when an earlier attempt failed
 * without being resolved, or when the database has tables but no migration history.
 */
export async function migrate(options: MigrateOptions): Promise<MigrateResult> {
  // SQLite calls block the event loop, so two runners in one process would wait on each other's lock
  // forever: serialise them here (other processes are handled by the database's own locking).
  const key = databaseProvider(options.url) === "sqlite" ? sqliteFilePath(options.url) : options.url;
  const previous = running.get(key) ?? Promise.resolve();
  const current = previous.catch(() => undefined).then(() => migrateNow(options));
  running.set(key, current);
  try {
    return await current;
  } finally {
    if (running.get(key) === current) running.delete(key);
  }
}

const running = new Map<string, Promise<unknown>>();

async function migrateNow({ url, migrationsDir, log = () => undefined }: MigrateOptions): Promise<MigrateResult> {
  const provider = databaseProvider(url);
  const migrations = readMigrationsDirectory(migrationsDir, provider);
  const driver = await openMigrationDriver(url);
  try {
    await driver.lock();
    try {
      await ensureHistoryTable(driver, url);
      const records = await driver.listRecords();
      refuseUnresolvedFailures(records);
      const applied = appliedByName(records);
      refuseEditedMigrations(migrations, applied);

      const result: MigrateResult = {
        provider,
        applied: [],
        alreadyApplied: migrations.filter((m) => applied.has(m.name)).map((m) => m.name),
        missingLocally: [...applied.keys()].filter((name) => !migrations.some((m) => m.name === name)),
      };
      for (const migration of migrations.filter((m) => !applied.has(m.name))) {
        const startedAt = new Date();
        try {
          if (await driver.applyInTransaction(migration)) {
            result.applied.push(migration.name);
            log(`Applied ${migration.name}`);
          } else {
            result.alreadyApplied.push(migration.name);
          }
        } catch (error) {
          throw await failure(driver, migration, startedAt, error);
        }
      }
      return result;
    } finally {
      await driver.unlock().catch(() => undefined);
    }
  } finally {
    await driver.close();
  }
}

async function ensureHistoryTable(driver: MigrationDriver, url: string): Promise<void> {
  if (await driver.historyTableExists()) return;
  const tables = await driver.userTables();
  // Re-check: a concurrent runner may have created the history and its tables meanwhile.
  if (tables.length > 0 && !(await driver.historyTableExists())) {
    throw new MigrationError(
      "DATABASE_NOT_EMPTY",
      `Database ${redactDatabaseUrl(url)} has tables (${tables.slice(0, 5).join(", ")}${tables.length > 5 ? ", ..." : ""}) ` +
        `but no _prisma_migrations history, so it was not created by these migrations. Use an empty database, ` +
        `or baseline it: record the migrations it already contains with \`verticals-db resolve --applied <name>\`.`,
    );
  }
  if (tables.length === 0) await driver.createHistoryTable();
}

function refuseUnresolvedFailures(records: MigrationRecord[]): void {
  const failed = records.find((r) => r.finishedAt === null && r.rolledBackAt === null);
  if (!failed) return;
  throw new MigrationError(
    "PREVIOUS_MIGRATION_FAILED",
    `Migration ${failed.migrationName} started at ${failed.startedAt.toISOString()} and never finished` +
      (failed.logs ? ` (${failed.logs.split("\n")[0]})` : "") +
      `. Check the database by hand, then mark it with \`verticals-db resolve --rolled-back ${failed.migrationName}\` ` +
      `(to retry it) or \`--applied\` (if its changes are in place); \`prisma migrate resolve\` does the same.`,
    failed.migrationName,
  );
}

/** The live record per migration name: finished and not rolled back. */
function appliedByName(records: MigrationRecord[]): Map<string, MigrationRecord> {
  const applied = new Map<string, MigrationRecord>();
  for (const record of records) {
    if (record.finishedAt !== null && record.rolledBackAt === null) applied.set(record.migrationName, record);
  }
  return applied;
}

function refuseEditedMigrations(migrations: MigrationFile[], applied: Map<string, MigrationRecord>): void {
  for (const migration of migrations) {
    const record = applied.get(migration.name);
    if (record && !scriptMatchesChecksum(migration.script, record.checksum)) {
      throw new MigrationError(
        "MIGRATION_EDITED",
        `${migration.file} was modified after it was applied (recorded checksum ${record.checksum}, ` +
          `file now ${migration.checksum}). Restore the file and put the change in a new migration ` +
          `(or, for a throwaway development database, delete it and migrate again).`,
        migration.name,
      );
    }
  }
}

async function failure(
  driver: MigrationDriver,
  migration: MigrationFile,
  startedAt: Date,
  error: unknown,
): Promise<MigrationError> {
  const reason = error instanceof Error ? error.message : String(error);
  // The transaction rolled back, so the attempt is recorded as already rolled back: fix the file and rerun.
  await driver.recordFailedAttempt(migration, startedAt, reason).catch(() => undefined);
  return new MigrationError(
    "MIGRATION_FAILED",
    `Migration ${migration.name} failed and was rolled back: ${reason}\n  in ${migration.file}`,
    migration.name,
    { cause: error },
  );
}
