import { REQUIRE_POSTGRES_ENV, TEST_POSTGRES_SKIP_ENV, TEST_POSTGRES_URL_ENV } from "./test-environment";
import { startTestPostgres, type TestPostgres } from "./test-postgres";

declare global {
  var __verticalsTestPostgres: TestPostgres | undefined;
}

/**
 * jest globalSetup: one throwaway PostgreSQL cluster for the whole run (~1 s idle, 2-4 s on a busy machine), shared by every test file
 * through VERTICALS_TEST_POSTGRES_URL; each describeEachStore block creates its own database in it.
 * Leaves an existing VERTICALS_TEST_POSTGRES_URL alone (use your own server).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env[TEST_POSTGRES_URL_ENV]) return;
  let started;
  try {
    started = await startTestPostgres();
  } catch (error) {
    // Binaries present but the server would not start: fatal where PostgreSQL is required, else a skip reason.
    if (process.env[REQUIRE_POSTGRES_ENV] === "1") throw error;
    started = { postgres: null, reason: (error as Error).message.split("\n")[0]! };
  }
  const { postgres, reason } = started;
  if (!postgres) {
    process.env[TEST_POSTGRES_SKIP_ENV] = reason;
    return;
  }
  globalThis.__verticalsTestPostgres = postgres;
  process.env[TEST_POSTGRES_URL_ENV] = postgres.url;
}
