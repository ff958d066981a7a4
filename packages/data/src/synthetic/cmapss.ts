import { join } from "node:path";
import { checkSeed, positiveInteger, type SyntheticOptions, type SyntheticResult } from "./generator-options";
import { fixed } from "./format-number";
import { Rng } from "./random";
import { writeFileAtomic } from "../io/write-file-atomic";
import { writeSyntheticProvenance } from "./synthetic-provenance";

// Math bound once at module scope: under jest's vm modules every global lookup is slow (10x in hot loops).
const { exp, min, pow, round } = Math;

export const CMAPSS_GENERATOR_VERSION = 1;
export const CMAPSS_DEFAULT_ENGINES = 100;

export interface CmapssOptions extends SyntheticOptions {
  /** Training engines, run to failure (default 100). */
  size?: number;
  /** Test engines, cut short before failure (default: as many as training engines). */
  testEngines?: number;
}

/** How one sensor behaves: constant, or level + degradation response + noise, as in FD001 (sea level, HPC fault). */
interface SensorSpec {
  /** Value of a healthy engine. */
  base: number;
  /** Change from healthy to failure (sign gives the direction). */
  shift: number;
  /** Measurement noise, sd. */
  noise: number;
  /** Engine-to-engine spread of the healthy level, sd; it fades as the engine nears failure (see engineLines). */
  engineSpread: number;
  /** Engine-to-engine spread of the response (log-normal sd of a multiplier); 0 = the same for all engines. */
  responseSpread: number;
  /** Decimals printed, as in the original file. */
  decimals: number;
}

const flat = (base: number, decimals: number): SensorSpec => ({ base, shift: 0, noise: 0, engineSpread: 0, responseSpread: 0, decimals });

// Levels, shifts and noise read off the real train_FD001.txt (means over cycles with RUL > 150 and RUL < 5).
// Sensors 1, 5, 6, 10, 16, 18 and 19 are flat in FD001; 9 and 14 (core and physical core speed) respond very
// differently from engine to engine.
const SENSORS: readonly SensorSpec[] = [
  flat(518.67, 2), // 1
  { base: 642.3, shift: 1.45, noise: 0.28, engineSpread: 0.22, responseSpread: 0.05, decimals: 2 }, // 2
  { base: 1586.1, shift: 16.5, noise: 3.9, engineSpread: 2.4, responseSpread: 0.05, decimals: 2 }, // 3
  { base: 1401.3, shift: 28.5, noise: 3.9, engineSpread: 4.2, responseSpread: 0.05, decimals: 2 }, // 4
  flat(14.62, 2), // 5
  flat(21.61, 2), // 6 (a rare 21.60 is drawn below)
  { base: 554.1, shift: -2.65, noise: 0.45, engineSpread: 0.38, responseSpread: 0.05, decimals: 2 }, // 7
  { base: 2388.05, shift: 0.19, noise: 0.05, engineSpread: 0.025, responseSpread: 0.15, decimals: 2 }, // 8
  { base: 9055, shift: 30, noise: 6, engineSpread: 8, responseSpread: 0.8, decimals: 2 }, // 9
  flat(1.3, 2), // 10
  { base: 47.31, shift: 0.85, noise: 0.11, engineSpread: 0.12, responseSpread: 0.05, decimals: 2 }, // 11
  { base: 522.03, shift: -2.25, noise: 0.38, engineSpread: 0.3, responseSpread: 0.05, decimals: 2 }, // 12
  { base: 2388.05, shift: 0.19, noise: 0.05, engineSpread: 0.025, responseSpread: 0.15, decimals: 2 }, // 13
  { base: 8137, shift: 19, noise: 5, engineSpread: 7, responseSpread: 0.9, decimals: 2 }, // 14
  { base: 8.4125, shift: 0.11, noise: 0.018, engineSpread: 0.017, responseSpread: 0.05, decimals: 4 }, // 15
  flat(0.03, 2), // 16
  { base: 392.05, shift: 4.3, noise: 0.95, engineSpread: 0.5, responseSpread: 0.05, decimals: 0 }, // 17
  flat(2388, 0), // 18
  flat(100, 2), // 19
  { base: 38.955, shift: -0.52, noise: 0.1, engineSpread: 0.075, responseSpread: 0.05, decimals: 2 }, // 20
  { base: 23.375, shift: -0.31, noise: 0.06, engineSpread: 0.045, responseSpread: 0.05, decimals: 4 }, // 21
];

/** Lives in FD001 run 128-362 cycles with a long right tail (mean 206): 128 + Gamma(2, 39), capped. */
function drawLife(rng: Rng): number {
  return min(362, 128 + round(rng.gamma(2, 39)));
}

/**
 * One engine's run to failure: a health index that starts at a small random initial wear and grows exponentially
 * to 1 at the failure cycle (Saxena et al. 2008 model damage as exponential in time), seen through each sensor's
 * response with engine-specific level and gain plus noise. Returns lines for cycles 1..`keep`.
 */
function engineLines(rng: Rng, unit: number, life: number, keep: number): string[] {
  const initialWear = rng.uniform(0, 0.08);
  const rate = rng.uniform(3.5, 6.5);
  // Sensors 9 and 14 share one engine factor (both are core speeds).
  const coreGain = exp(rng.normal(0, 1));
  const specs = SENSORS.map((spec, index) => ({
    spec,
    offset: rng.normal(0, spec.engineSpread),
    gain:
      spec.responseSpread === 0
        ? 0
        : index === 8 || index === 13
          ? pow(coreGain, spec.responseSpread) * exp(rng.normal(0, 0.25))
          : exp(rng.normal(0, spec.responseSpread)),
  }));
  const lines: string[] = [];
  for (let cycle = 1; cycle <= keep; cycle++) {
    const health = initialWear + (1 - initialWear) * ((exp((rate * cycle) / life) - 1) / (exp(rate) - 1));
    const values = [
      String(unit),
      String(cycle),
      fixed(rng.normal(0, 0.0022), 4),
      fixed(rng.normal(0, 0.0003), 4),
      "100.0",
    ];
    specs.forEach(({ spec, offset, gain }, index) => {
      // Engines differ when new but converge near failure (failure is a threshold on health), so the
      // engine offset fades with health, as FD001's sensors spread less across engines at the end than at the start.
      let value = spec.base + offset * (1 - health) + spec.shift * gain * health + rng.normal(0, spec.noise);
      if (index === 5 && rng.bernoulli(0.003)) value = 21.6;
      values.push(fixed(value, spec.decimals));
    });
    // The original ends every line with two spaces.
    lines.push(`${values.join(" ")}  `);
  }
  return lines;
}

/**
 * Write synthetic `train_FD001.txt` (engines run to failure), `test_FD001.txt` (other engines cut short at a random
 * cycle, as NASA did) and `RUL_FD001.txt` (their true remaining cycles), in NASA's space-separated layout.
 */
export async function generateCmapss(outDir: string, options: CmapssOptions): Promise<SyntheticResult> {
  const trainEngines = positiveInteger(options.size, CMAPSS_DEFAULT_ENGINES, "cmapss size (training engines)");
  const testEngines = positiveInteger(options.testEngines, trainEngines, "cmapss testEngines");
  const root = new Rng(checkSeed(options.seed));

  const lifeRng = root.fork("train-life");
  const trainRng = root.fork("train-sensors");
  const train: string[] = [];
  let trainRows = 0;
  for (let unit = 1; unit <= trainEngines; unit++) {
    const life = drawLife(lifeRng);
    trainRows += life;
    train.push(...engineLines(trainRng, unit, life, life));
  }

  const testLifeRng = root.fork("test-life");
  const testRng = root.fork("test-sensors");
  const test: string[] = [];
  const rul: string[] = [];
  for (let unit = 1; unit <= testEngines; unit++) {
    const life = drawLife(testLifeRng);
    // FD001's test engines stop 7-145 cycles before failure after at least 31 observed cycles.
    const remaining = testLifeRng.int(7, min(145, life - 31));
    test.push(...engineLines(testRng, unit, life, life - remaining));
    rul.push(`${remaining} `);
  }

  const files = ["train_FD001.txt", "test_FD001.txt", "RUL_FD001.txt"];
  await writeSyntheticProvenance(outDir, {
    dataset: "cmapss",
    name: "Synthetic turbofan run-to-failure trajectories (twin of NASA C-MAPSS FD001)",
    seed: options.seed,
    version: CMAPSS_GENERATOR_VERSION,
    options: { trainEngines, testEngines },
    note:
      `SYNTHETIC DATA, not NASA's simulation output. ${trainEngines} training engines (${trainRows} cycles) run to failure and ` +
      `${testEngines} test engines cut short, in the layout of train_FD001.txt / test_FD001.txt / RUL_FD001.txt. Each engine has ` +
      `a random life (128-362 cycles) and an exponentially growing health index; 14 sensors respond to it with FD001's levels, ` +
      `directions and noise, sensors 1, 5, 6, 10, 16, 18 and 19 stay flat as in FD001.`,
    files,
  });
  await writeFileAtomic(join(outDir, "train_FD001.txt"), `${train.join("\n")}\n`);
  await writeFileAtomic(join(outDir, "test_FD001.txt"), `${test.join("\n")}\n`);
  await writeFileAtomic(join(outDir, "RUL_FD001.txt"), `${rul.join("\n")}\n`);
  return { dir: outDir, files: files.map((f) => join(/*turbopackIgnore: true*/ outDir, f)) };
}
