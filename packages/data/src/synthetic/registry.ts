import { DATASET_FOLDERS, type DatasetKey } from "../datasets/dataset-keys";
import { datasetDir } from "../datasets/data-root";
import { generateAi4i2020 } from "./ai4i2020";
import { generateCmapss } from "./cmapss";
import { generateCreditcard } from "./creditcard";
import type { SyntheticOptions, SyntheticResult } from "./generator-options";
import { generateM5 } from "./m5";
import { generatePneumoniamnist } from "./pneumoniamnist";

/** One dataset's generator, as the CLI iterates over them. */
export interface SyntheticGeneratorEntry {
  key: DatasetKey;
  /** Folder under the data root (docs/ARCHITECTURE.md, "Data directory layout"). */
  folder: string;
  /** What the generator writes, for progress lines. */
  description: string;
  /** Data files written (PROVENANCE.json besides). */
  files: readonly string[];
  /** Default `size` and its unit. */
  defaultSize: { value: number; unit: string };
  generate: (outDir: string, options: SyntheticOptions) => Promise<SyntheticResult>;
}

export const syntheticGenerators: readonly SyntheticGeneratorEntry[] = [
  {
    key: "creditcard",
    folder: DATASET_FOLDERS.creditcard,
    description: "card transactions, 1% fraud (ULB creditcard.csv layout)",
    files: ["creditcard.csv"],
    defaultSize: { value: 20_000, unit: "rows" },
    generate: generateCreditcard,
  },
  {
    key: "ai4i2020",
    folder: DATASET_FOLDERS.ai4i2020,
    description: "milling machine log with failure modes (AI4I 2020 layout)",
    files: ["ai4i2020.csv"],
    defaultSize: { value: 10_000, unit: "rows" },
    generate: generateAi4i2020,
  },
  {
    key: "cmapss",
    folder: DATASET_FOLDERS.cmapss,
    description: "turbofan run-to-failure trajectories (C-MAPSS FD001 layout)",
    files: ["train_FD001.txt", "test_FD001.txt", "RUL_FD001.txt"],
    defaultSize: { value: 100, unit: "training engines" },
    generate: generateCmapss,
  },
  {
    key: "pneumoniamnist",
    folder: DATASET_FOLDERS.pneumoniamnist,
    description: "28x28 chest X-ray look-alikes, normal/pneumonia (PneumoniaMNIST layout)",
    files: ["pneumoniamnist.npz"],
    defaultSize: { value: 1_200, unit: "training images" },
    generate: generatePneumoniamnist,
  },
  {
    key: "m5",
    folder: DATASET_FOLDERS.m5,
    description: "daily item x store sales, calendar and prices (M5 layout)",
    files: ["sales_train_validation.csv", "calendar.csv", "sell_prices.csv"],
    defaultSize: { value: 730, unit: "days" },
    generate: generateM5,
  },
];

export interface GenerateAllProgress {
  key: DatasetKey;
  /** 1-based position and count, for "[2/5]" style progress. */
  index: number;
  total: number;
  phase: "start" | "done";
  dir: string;
  /** Run time, on "done". */
  ms?: number;
}

export interface GeneratedDataset extends SyntheticResult {
  key: DatasetKey;
  ms: number;
}

/**
 * Generate every dataset (or `only` some) into its folder under `dataRoot`, one after the other.
 * The same seed gives byte-identical files; each generator forks its own streams, so one does not shift another.
 */
export async function generateAll(
  dataRoot: string,
  options: { seed: number; only?: readonly DatasetKey[]; onProgress?: (event: GenerateAllProgress) => void },
): Promise<GeneratedDataset[]> {
  const entries = options.only ? syntheticGenerators.filter((entry) => options.only?.includes(entry.key)) : syntheticGenerators;
  const results: GeneratedDataset[] = [];
  for (const [i, entry] of entries.entries()) {
    const dir = datasetDir(dataRoot, entry.key);
    const position = { key: entry.key, index: i + 1, total: entries.length, dir };
    options.onProgress?.({ ...position, phase: "start" });
    const started = performance.now();
    const result = await entry.generate(dir, { seed: options.seed });
    const ms = performance.now() - started;
    options.onProgress?.({ ...position, phase: "done", ms });
    results.push({ ...result, key: entry.key, ms });
  }
  return results;
}
