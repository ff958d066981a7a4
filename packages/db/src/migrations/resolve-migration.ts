import { databaseProvider } from "../database-url";
import { MigrationError } from "./migration-error";
import { readMigrationsDirectory } from "./migrations-directory";
import { openMigrationDriver } from "./open-migration-driver";

export interface ResolveMigrationOptions {
  url: string;
  migrationsDir: string;
  migration: string;
  /** rolled-back: the failed attempt is void and will be retried; applied: its changes are already in the database. */
  as: "rolled-back" | "applied";
}

/** The counterpart of `prisma migrate resolve`, for a failed attempt or for baselining an existing database. */
export async function resolveMigration({ url, migrationsDir, migration, as }: ResolveMigrationOptions): Promise<void> {
  const file = readMigrationsDirectory(migrationsDir, databaseProvider(url)).find((m) => m.name === migration);
  if (!file) {
    throw new MigrationError("MIGRATIONS_DIRECTORY", `No migration named ${migration} in ${migrationsDir}.`, migration);
  }
  const driver = await openMigrationDriver(url);
  try {
    await driver.lock();
    if (!(await driver.historyTableExists())) await driver.createHistoryTable();
    const records = await driver.listRecords();
    const live = records.filter((r) => r.migrationName === migration && r.rolledBackAt === null);
    if (as === "rolled-back") {
      if (!live.some((r) => r.finishedAt === null)) {
        throw new MigrationError("MIGRATIONS_DIRECTORY", `Migration ${migration} has no failed attempt to mark rolled back.`, migration);
      }
      await driver.markRolledBack(migration);
    } else {
      if (live.some((r) => r.finishedAt !== null)) {
        throw new MigrationError("MIGRATIONS_DIRECTORY", `Migration ${migration} is already recorded as applied.`, migration);
      }
      await driver.markRolledBack(migration); // a failed attempt, if any, is superseded
      await driver.markApplied(file);
    }
    await driver.unlock();
  } finally {
    await driver.close();
  }
}
