import { databaseProvider } from "../database-url";
import { createPostgresDatabase, dropPostgresDatabase } from "./postgres-databases";
import { registerCleanup } from "./test-cleanup";
import { createTestSqliteUrl } from "./test-sqlite";

/**
 * A new, empty database of the same kind as `likeUrl`: a temp SQLite file, or a new database on the same
 * PostgreSQL server. For tests that need more than the one database describeEachStore provides; it is
 * dropped when the enclosing describeEachStore block ends.
 */
export async function createTestDatabase(likeUrl: string): Promise<string> {
  if (databaseProvider(likeUrl) === "sqlite") return createTestSqliteUrl();
  const url = await createPostgresDatabase(likeUrl);
  registerCleanup(() => dropPostgresDatabase(likeUrl, url));
  return url;
}
