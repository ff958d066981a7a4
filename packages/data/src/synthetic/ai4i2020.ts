import { join } from "node:path";
import { AI4I_COLUMNS } from "../loaders/ai4i2020";
import { checkSeed, positiveInteger, type SyntheticOptions, type SyntheticResult } from "./generator-options";
import { rounded } from "./format-number";
import { Rng } from "./random";
import { writeFileAtomic } from "../io/write-file-atomic";
import { writeSyntheticProvenance } from "./synthetic-provenance";

// Math bound once at module scope: under jest's vm modules every global lookup is slow (10x in hot loops).
const { PI, round, sqrt } = Math;

export const AI4I_GENERATOR_VERSION = 1;
export const AI4I_DEFAULT_ROWS = 10_000;

type Quality = "L" | "M" | "H";
const QUALITIES: readonly Quality[] = ["L", "M", "H"];
const QUALITY_SHARE = [0.6, 0.3, 0.1];
/** Minutes of tool wear each product variant adds to the tool that machined it (Matzka 2020). */
const WEAR_ADDED: Record<Quality, number> = { L: 2, M: 3, H: 5 };
/** Overstrain limits, wear x torque in minNm (Matzka 2020). */
const OVERSTRAIN_LIMIT: Record<Quality, number> = { L: 11_000, M: 12_000, H: 13_000 };
// Serial numbers in the published file run with the UDI, offset per variant (L47181 at UDI 2, M14860 at UDI 1).
const SERIAL_OFFSET: Record<Quality, number> = { L: 47_179, M: 14_859, H: 29_413 };

/** A random walk rescaled to the given mean and standard deviation, as Matzka describes the temperatures. */
function normalizedWalk(rng: Rng, n: number): Float64Array {
  const walk = new Float64Array(n);
  let x = 0;
  for (let i = 0; i < n; i++) {
    x += rng.normal();
    walk[i] = x;
  }
  let mean = 0;
  for (const v of walk) mean += v;
  mean /= n;
  let variance = 0;
  for (const v of walk) variance += (v - mean) ** 2;
  const sd = sqrt(variance / n) || 1;
  for (let i = 0; i < n; i++) walk[i] = ((walk[i] as number) - mean) / sd;
  return walk;
}

/**
 * Write a synthetic `ai4i2020.csv` by the generation process Matzka (2020) documents for the original (which is itself
 * synthetic): UTF-8 with BOM, LF, the 14 original columns with units in the header.
 *
 * - air temperature: random walk normalised to 300 K, sd 2 K; process temperature: air + 10 K with sd 1 K (its walk
 *   is correlated -0.7 with the air walk, as in the published file, so the process runs ~1.5 K sd overall);
 * - torque ~ N(40, 10) Nm, positive; rotational speed from power with noise: 870 + 29,864/(torque + 7) rpm + N(0, 53),
 *   the curve of the published file (about 6.3 kW at the mean, speed falling as torque rises);
 * - tool wear accumulates +2/+3/+5 min per L/M/H product; each tool is replaced or fails (TWF) at a random wear
 *   between 200 and 240 min;
 * - HDF: process - air < 8.6 K and speed < 1,380 rpm; PWF: power < 3,500 W or > 9,000 W; OSF: wear x torque above
 *   11,000/12,000/13,000 minNm for L/M/H; RNF: 0.1 % at random; Machine failure: any mode.
 */
export async function generateAi4i2020(outDir: string, options: SyntheticOptions): Promise<SyntheticResult> {
  const rows = positiveInteger(options.size, AI4I_DEFAULT_ROWS, "ai4i2020 size (rows)");
  const root = new Rng(checkSeed(options.seed));
  const typeRng = root.fork("type");
  const loadRng = root.fork("load");
  const toolRng = root.fork("tool");
  const randomFailureRng = root.fork("rnf");
  const airWalk = normalizedWalk(root.fork("air"), rows);
  const processWalk = normalizedWalk(root.fork("process"), rows);

  const lines: string[] = [AI4I_COLUMNS.join(",")];
  let wear = 0;
  let toolLife = toolRng.int(200, 240);
  let previous: Quality | undefined;
  const counts = { failure: 0, TWF: 0, HDF: 0, PWF: 0, OSF: 0, RNF: 0 };
  for (let i = 0; i < rows; i++) {
    const udi = i + 1;
    const type = QUALITIES[typeRng.categorical(QUALITY_SHARE)] as Quality;
    // Wear counts the products the tool machined before this one.
    if (previous !== undefined) wear += WEAR_ADDED[previous];
    previous = type;

    const airK = round((300 + 2 * (airWalk[i] as number)) * 10) / 10;
    const z = -0.7 * (airWalk[i] as number) + sqrt(1 - 0.49) * (processWalk[i] as number);
    const processK = round((airK + 10 + z) * 10) / 10;
    let torque = 0;
    while (torque < 3) torque = loadRng.normal(40, 10);
    torque = round(torque * 10) / 10;
    const rpm = round(870 + 29_864 / (torque + 7) + loadRng.normal(0, 53));
    const powerW = torque * ((rpm * 2 * PI) / 60);

    let twf = 0;
    let replaceTool = false;
    if (wear >= toolLife) {
      // About 51 of 120 tool changes in the original were failures, the rest planned replacements.
      twf = toolRng.bernoulli(0.43) ? 1 : 0;
      replaceTool = true;
    }
    const hdf = processK - airK < 8.6 && rpm < 1380 ? 1 : 0;
    const pwf = powerW < 3500 || powerW > 9000 ? 1 : 0;
    const osf = wear * torque > OVERSTRAIN_LIMIT[type] ? 1 : 0;
    const rnf = randomFailureRng.bernoulli(0.001) ? 1 : 0;
    const failure = twf || hdf || pwf || osf || rnf ? 1 : 0;
    counts.failure += failure;
    counts.TWF += twf;
    counts.HDF += hdf;
    counts.PWF += pwf;
    counts.OSF += osf;
    counts.RNF += rnf;

    const productId = `${type}${SERIAL_OFFSET[type] + udi}`;
    lines.push(
      [udi, productId, type, rounded(airK, 1), rounded(processK, 1), rpm, rounded(torque, 1), wear, failure, twf, hdf, pwf, osf, rnf].join(","),
    );

    if (replaceTool) {
      // The next product starts on a fresh tool with a new random life.
      wear = 0;
      previous = undefined;
      toolLife = toolRng.int(200, 240);
    }
  }

  const file = join(outDir, "ai4i2020.csv");
  await writeSyntheticProvenance(outDir, {
    dataset: "ai4i2020",
    name: "Synthetic milling machine log (twin of AI4I 2020 Predictive Maintenance)",
    seed: options.seed,
    version: AI4I_GENERATOR_VERSION,
    options: { rows },
    note:
      `SYNTHETIC DATA, regenerated here; not the published file. ${rows} rows in the layout of ai4i2020.csv, produced by the ` +
      `process Matzka (2020) documents for the original (itself synthetic): temperature random walks, torque ~ N(40, 10) Nm, ` +
      `speed from power with noise, tool wear by product variant, and the TWF/HDF/PWF/OSF/RNF failure rules. ` +
      `Failures: ${counts.failure} (TWF ${counts.TWF}, HDF ${counts.HDF}, PWF ${counts.PWF}, OSF ${counts.OSF}, RNF ${counts.RNF}).`,
    files: ["ai4i2020.csv"],
  });
  // The original starts with a UTF-8 byte order mark.
  await writeFileAtomic(file, `\uFEFF${lines.join("\n")}\n`);
  return { dir: outDir, files: [file] };
}
