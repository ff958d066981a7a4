// @verticals/db: what an app needs at run time. Test helpers (and verifySchema) live in @verticals/db/testing,
// the offline client generator in the `verticals-db` command.
export { createAdapter, type StoreAdapter } from "./adapter";
export { createPrismaClient, type PrismaClientModules } from "./create-prisma-client";
export { defineAppStore, type AppStore } from "./app-store";
export {
  databaseProvider,
  redactDatabaseUrl,
  resolveDatabaseUrl,
  sqliteFilePath,
  type DatabaseProvider,
  type ResolveDatabaseUrlOptions,
} from "./database-url";
export { migrationChecksum } from "./migrations/checksum";
export { migrate, type MigrateOptions, type MigrateResult } from "./migrations/migrate";
export { MigrationError, type MigrationErrorCode } from "./migrations/migration-error";
export { migrationLockContent, readMigrationsDirectory, type MigrationFile } from "./migrations/migrations-directory";
export { migrationsDirFor } from "./migrations/migrations-layout";
export { resolveMigration, type ResolveMigrationOptions } from "./migrations/resolve-migration";
