// Ingest from a route: parsed readings -> the store's one-transaction ingest with the current RUL model.
import type { ReadingInput } from "../ingest/reading-input";
import { ingestReadings, type IngestResult } from "../store/ingest";
import { planDefaults } from "../env";
import { appEnv, getRul, getStore } from "./runtime";

export async function ingest(inputs: ReadingInput[], source: "api" | "csv"): Promise<IngestResult> {
  const [store, rul] = await Promise.all([getStore(), getRul()]);
  return ingestReadings(store, rul, rul.card.version, inputs, planDefaults(appEnv()), source);
}
