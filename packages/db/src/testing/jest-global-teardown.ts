import { TEST_POSTGRES_URL_ENV } from "./test-environment";
import "./jest-global-setup";

/** jest globalTeardown: stops the cluster started by the global setup (runs after failures too). */
export default async function globalTeardown(): Promise<void> {
  const postgres = globalThis.__verticalsTestPostgres;
  if (!postgres) return;
  globalThis.__verticalsTestPostgres = undefined;
  delete process.env[TEST_POSTGRES_URL_ENV];
  await postgres.stop();
}
