import { findPostgresBinaries } from "./postgres-binaries";

/** A PostgreSQL server URL for store tests (set by the jest global setup, or by you to use an existing server). */
export const TEST_POSTGRES_URL_ENV = "VERTICALS_TEST_POSTGRES_URL";
/** Why PostgreSQL is unavailable, recorded by the jest global setup. */
export const TEST_POSTGRES_SKIP_ENV = "VERTICALS_TEST_POSTGRES_SKIP";
/** Set to 1 (CI) to fail, not skip, when PostgreSQL is unavailable. */
export const REQUIRE_POSTGRES_ENV = "VERTICALS_REQUIRE_POSTGRES";

/** Null when PostgreSQL store tests can run here, else the reason they cannot. */
export function postgresUnavailableReason(env: Record<string, string | undefined> = process.env): string | null {
  if (env[TEST_POSTGRES_URL_ENV]) return null;
  if (env[TEST_POSTGRES_SKIP_ENV]) return env[TEST_POSTGRES_SKIP_ENV]!;
  const binaries = findPostgresBinaries(env);
  return "reason" in binaries ? binaries.reason : null;
}
