import { join } from "node:path";

export const APP_DIR = join(import.meta.dirname, "..");
/** The e2e run's own data, model and store: the demo's .verticals/model and __NAME__.db are never touched. */
export const E2E_DIR = join(APP_DIR, ".verticals", "e2e");
export const E2E_DATABASE_URL = `file:${join(E2E_DIR, "__NAME__.db")}`;
export const E2E_MODEL_DIR = join(E2E_DIR, "model");
