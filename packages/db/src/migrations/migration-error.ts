export type MigrationErrorCode =
  /** The migrations folder is missing, malformed or lacks migration_lock.toml. */
  | "MIGRATIONS_DIRECTORY"
  /** migration_lock.toml names another provider than the database URL. */
  | "PROVIDER_MISMATCH"
  /** The database has tables but no _prisma_migrations history. */
  | "DATABASE_NOT_EMPTY"
  /** An applied migration's migration.sql changed since it was applied. */
  | "MIGRATION_EDITED"
  /** _prisma_migrations records a migration that started and never finished. */
  | "PREVIOUS_MIGRATION_FAILED"
  /** Applying a migration failed; its transaction was rolled back. */
  | "MIGRATION_FAILED";

/** Every refusal or failure of the migration runner; `code` says which, `migration` names the culprit. */
export class MigrationError extends Error {
  override readonly name = "MigrationError";

  constructor(
    readonly code: MigrationErrorCode,
    message: string,
    readonly migration?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
