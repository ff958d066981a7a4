// Shared test fixtures: small synthetic equipment folders (the @verticals/data twins), a tiny pipeline
// configuration that trains in seconds, and a quiet pipeline context.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PipelineContext } from "@verticals/cli";
import { generateAi4i2020, generateCmapss } from "@verticals/data";
import { DEFAULT_CONFIG, type PipelineConfig } from "../../src/pipeline/config";

export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An `equipment` folder with synthetic AI4I rows and C-MAPSS engines (training + official-style test). */
export async function syntheticEquipment(options: { rows?: number; engines?: number; testEngines?: number; seed?: number } = {}) {
  const root = tempDir("maintenance-data-");
  const dir = join(root.dir, "equipment");
  await generateAi4i2020(join(dir, "ai4i2020"), { seed: options.seed ?? 7, size: options.rows ?? 3000 });
  const cmapss = join(dir, "cmapss");
  await generateCmapss(cmapss, { seed: options.seed ?? 7, size: options.engines ?? 24, testEngines: options.testEngines || 1 });
  // No official test: the pipeline then holds out training engines and cuts them short.
  if (!options.testEngines) for (const name of ["test_FD001.txt", "RUL_FD001.txt"]) rmSync(join(cmapss, name));
  return { dir, cleanup: root.cleanup };
}

/** Small enough to train in a few seconds; same code paths as the real configuration. */
export const TINY_CONFIG: PipelineConfig = {
  failure: {
    ...DEFAULT_CONFIG.failure,
    folds: 3,
    booster: { ...DEFAULT_CONFIG.failure.booster, rounds: 40, learningRate: 0.2, maxBins: 256 },
    modeBooster: { ...DEFAULT_CONFIG.failure.modeBooster, rounds: 15, maxBins: 256 },
  },
  rul: {
    ...DEFAULT_CONFIG.rul,
    window: 15,
    minHistory: 15,
    pool: 1,
    ageChannel: false,
    epochs: 3,
    lrDecayEpoch: 3,
    batchSize: 256,
    selection: "early-stopping",
    patience: 2,
    filters: 4,
    kernel: 5,
    convLayers: 2,
    dense: 16,
    cutsPerEngine: 3,
    // Two cross-fitted members: the ensemble's code paths (folds, member files) at a small cost.
    ensemble: 2,
    folds: 3,
  },
  syntheticRul: {},
};

export const quietLog = { info: () => undefined, warn: () => undefined };

export function testContext(dataDir: string, artifactsDir: string, databaseUrl = "file:/dev/null"): PipelineContext {
  return { dataDir, artifactsDir, databaseUrl, seed: 3, log: quietLog, signal: new AbortController().signal };
}

/** Training prints progress to stderr; keep test output readable. */
export function silenceStderr(): () => void {
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = (() => true) as typeof process.stderr.write;
  return () => {
    process.stderr.write = write;
  };
}
