import { DATASET_KEYS, type DatasetKey, datasetDir, describeDataset, isDatasetKey, datasetFiles, fetchDataset, readProvenance, resolveDataRoot, syntheticGenerators } from "@verticals/data";
import { join } from "node:path";
import { type AppManifest } from "../manifest";
import { log } from "../log";

export interface PreparedData {
  dataRoot: string;
  /** App name -> its dataset folder. */
  folders: Map<string, string>;
}

/**
 * Makes sure every dataset the apps read exists under the data root: real files are used as they are;
 * missing ones are generated (seeded synthetic twins in the original formats, labelled synthetic).
 */
export async function prepareData(options: {
  dataRoot?: string;
  apps: AppManifest[];
  /** Dataset keys to prepare; default: the ones the apps read. */
  keys?: readonly string[];
  seed?: number;
  /** Try downloading missing datasets from their public sources first (needs the internet). */
  fetch?: boolean;
}): Promise<PreparedData> {
  const dataRoot = resolveDataRoot({ flag: options.dataRoot });
  log.step(`data in ${dataRoot}`);
  const keys = [...new Set(options.keys ?? options.apps.flatMap((app) => app.datasets))];
  for (const key of keys) {
    if (!isDatasetKey(key)) throw new Error(`unknown dataset "${key}" in an app's verticals.json (known: ${DATASET_KEYS.join(", ")})`);
  }
  for (const key of keys) {
    const dir = datasetDir(dataRoot, key as DatasetKey);
    if (options.fetch && !datasetFiles(key as DatasetKey, dir).complete) {
      try {
        await fetchDataset(key as DatasetKey, dataRoot);
        log.info(`${key}: downloaded and verified → ${dir}`);
      } catch (error) {
        log.warn(`${key}: download failed (${(error as Error).message}); falling back to synthetic data`);
      }
    }
    if (!datasetFiles(key as DatasetKey, dir).complete) {
      const generator = syntheticGenerators.find((candidate) => candidate.key === key);
      if (!generator) throw new Error(`no data for "${key}" in ${dir} and no synthetic generator for it`);
      const started = Date.now();
      await generator.generate(dir, { seed: options.seed ?? 42 });
      log.info(`${key}: generated synthetic data in ${((Date.now() - started) / 1000).toFixed(1)} s → ${dir}`);
    }
    const provenance = await readProvenance(key as DatasetKey, dir);
    log.info(`${key}: ${provenance.kind === "synthetic" ? "SYNTHETIC" : "real"} · ${provenance.name} · ${dir}`);
  }
  const folders = new Map(
    // A multi-dataset app (maintenance: ai4i2020 + cmapss) names the folder holding all of them.
    options.apps
      .filter((app) => app.datasets[0])
      .map((app) => [app.name, app.dataFolder ? join(dataRoot, app.dataFolder) : datasetDir(dataRoot, app.datasets[0] as DatasetKey)]),
  );
  return { dataRoot, folders };
}

/** Prints a first look at each dataset (what the workshop's first step shows). */
export async function describeData(dataRoot: string, keys: readonly DatasetKey[]): Promise<void> {
  for (const key of keys) {
    const description = await describeDataset(key, dataRoot);
    process.stdout.write(`\n${key} (${description.source})\n`);
    for (const line of description.lines) process.stdout.write(`  ${line}\n`);
  }
}
