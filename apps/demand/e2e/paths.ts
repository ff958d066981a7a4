import { join } from "node:path";

export const APP_DIR = join(import.meta.dirname, "..");
export const E2E_DIR = join(APP_DIR, ".verticals", "e2e");
export const E2E_DATA_DIR = join(E2E_DIR, "data");
export const E2E_DATABASE_URL = `file:${join(E2E_DIR, "demand.db")}`;
