import { databaseProvider } from "../database-url";
import type { MigrationDriver } from "./migration-driver";
import { PostgresMigrationDriver } from "./postgres-migration-driver";
import { SqliteMigrationDriver } from "./sqlite-migration-driver";

export async function openMigrationDriver(url: string): Promise<MigrationDriver> {
  return databaseProvider(url) === "sqlite" ? new SqliteMigrationDriver(url) : PostgresMigrationDriver.connect(url);
}
