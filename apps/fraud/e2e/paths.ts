import { join } from "node:path";

export const APP_DIR = join(import.meta.dirname, "..");
/** The e2e run's own model, data and store: the demo's .verticals/model and fraud.db are never touched. */
export const E2E_DIR = join(APP_DIR, ".verticals", "e2e");
export const E2E_DATABASE_URL = `file:${join(E2E_DIR, "fraud.db")}`;
/** Small networks and few epochs: the synthetic e2e data is easy and prepare must stay within seconds. */
export const E2E_HYPERPARAMETERS = JSON.stringify({ folds: 3, examples: 12_000, minEpochs: 4, maxEpochs: 12, hidden: [16, 8] });
