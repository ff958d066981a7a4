import type { DatabaseProvider } from "../database-url";
import { migrationsDirFor } from "../migrations/migrations-layout";
import { startTestPostgres } from "../testing/test-postgres";
import { createTestSqliteUrl, removeTestSqlite } from "../testing/test-sqlite";
import { verifySchema } from "./verify-schema";

export interface MigrationsReport {
  provider: DatabaseProvider;
  problems: string[];
  /** Set when this provider could not be checked (PostgreSQL binaries absent). */
  skipped?: string;
}

/**
 * `verticals-db verify`: applies both migration sets to fresh throwaway databases (a temp SQLite file, a
 * temporary PostgreSQL cluster when its binaries exist) and compares each with the schema.
 */
export async function verifyMigrationsOnThrowawayDatabases({
  schemaPath,
  prismaDir,
  log = () => undefined,
}: {
  schemaPath: string;
  prismaDir: string;
  log?: (line: string) => void;
}): Promise<MigrationsReport[]> {
  const reports: MigrationsReport[] = [];
  const sqliteUrl = createTestSqliteUrl("verify");
  try {
    const { problems } = await verifySchema({ url: sqliteUrl, schemaPath, migrationsDir: migrationsDirFor(prismaDir, "sqlite") });
    reports.push({ provider: "sqlite", problems });
    log(`sqlite: ${problems.length === 0 ? "migrations match the schema" : `${problems.length} problem(s)`}`);
  } finally {
    removeTestSqlite(sqliteUrl);
  }
  const { postgres, reason } = await startTestPostgres();
  if (!postgres) {
    log(`postgresql: not checked (${reason})`);
    reports.push({ provider: "postgresql", problems: [], skipped: reason });
    return reports;
  }
  try {
    const url = await postgres.createDatabase("verify");
    const { problems } = await verifySchema({ url, schemaPath, migrationsDir: migrationsDirFor(prismaDir, "postgresql") });
    reports.push({ provider: "postgresql", problems });
    log(`postgresql: ${problems.length === 0 ? "migrations match the schema" : `${problems.length} problem(s)`}`);
  } finally {
    await postgres.stop();
  }
  return reports;
}
