import { join } from "node:path";

export const APP_DIR = join(import.meta.dirname, "..");
export const E2E_DIR = join(APP_DIR, ".verticals", "e2e");
/** The portal config e2e/prepare.ts writes and the e2e server reads (VERTICALS_PORTAL_CONFIG). */
export const E2E_CONFIG_FILE = join(E2E_DIR, "portal.config.json");
/** The fixture server playing the apps; next to the portal's e2e port (4100). */
export const FIXTURE_PORT = Number(process.env.VERTICALS_PORTAL_FIXTURE_PORT ?? 4199);
export const FIXTURE_URL = `http://127.0.0.1:${FIXTURE_PORT}`;
