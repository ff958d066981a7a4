// Shared fixtures: small seeded synthetic data in temp folders and a fast training budget, so every test
// file can train a real (small) model in a few seconds.
import { generateCreditcard, loadCreditcard } from "@verticals/data";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PipelineContext } from "@verticals/cli";
import type { LabelledRows } from "../src/pipeline/train";

/** Small networks, few folds, few epochs: enough to learn the synthetic data, fast enough for unit tests. */
export const FAST_HYPERPARAMETERS = { folds: 3, examples: 12_000, minEpochs: 4, maxEpochs: 12, hidden: [16, 8] };
export const FAST_HYPERPARAMETERS_JSON = JSON.stringify(FAST_HYPERPARAMETERS);

export const APP_DIR = path.resolve(import.meta.dirname, "..");

export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `fraud-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A synthetic creditcard.csv (3% fraud so a few thousand rows hold enough frauds). */
export async function syntheticData(dir: string, options: { size?: number; seed?: number; fraudRate?: number } = {}): Promise<string> {
  await generateCreditcard(dir, { size: options.size ?? 3000, seed: options.seed ?? 7, fraudRate: options.fraudRate ?? 0.03 });
  return path.join(dir, "creditcard.csv");
}

export async function labelledRows(file: string): Promise<LabelledRows> {
  const data = await loadCreditcard(file);
  return { data: { rows: data.rowCount, columns: data.columns }, labels: data.label };
}

export const silentLog = { info: () => undefined, warn: () => undefined };

export function context(overrides: Partial<PipelineContext> & Pick<PipelineContext, "dataDir" | "artifactsDir" | "databaseUrl">): PipelineContext {
  return { seed: 42, log: silentLog, signal: new AbortController().signal, ...overrides };
}

export const sqliteUrl = (dir: string, name = "store.db") => `file:${path.join(dir, name)}`;
