import { join } from "node:path";
import { CREDITCARD_COLUMNS } from "../loaders/creditcard";
import { checkSeed, positiveInteger, type SyntheticOptions, type SyntheticResult } from "./generator-options";
import { rounded, significant15 } from "./format-number";
import { Rng } from "./random";
import { writeFileAtomic } from "../io/write-file-atomic";
import { writeSyntheticProvenance } from "./synthetic-provenance";

// Math bound once at module scope: under jest's vm modules every global lookup is slow (10x in hot loops).
const { PI, cos, floor, log, max, min, pow, round, sqrt } = Math;

export const CREDITCARD_GENERATOR_VERSION = 1;
export const CREDITCARD_DEFAULT_ROWS = 20_000;
/** 1%: higher than the real 0.17% so that a 20k-row twin still holds ~200 frauds to train and evaluate on. */
export const CREDITCARD_DEFAULT_FRAUD_RATE = 0.01;

export interface CreditcardOptions extends SyntheticOptions {
  /** Rows (default 20,000). */
  size?: number;
  /** Share of frauds, 0.001 to 0.05 (default 0.01). */
  fraudRate?: number;
}

const TWO_DAYS_S = 172_800;

// Standard deviations of V1..V28 in the full ULB file: PCA components, so variance falls with the index.
const V_SD = [
  1.959, 1.651, 1.516, 1.416, 1.38, 1.332, 1.237, 1.194, 1.099, 1.089, 1.021, 0.999, 0.995, 0.959, 0.915, 0.876, 0.849,
  0.838, 0.814, 0.771, 0.735, 0.726, 0.624, 0.606, 0.521, 0.482, 0.404, 0.33,
];

// Mean of the fraud rows per component, rounded, as in the real data: V14, V17, V12, V10 (down) and V4, V11 (up)
// separate frauds best; the rest move little. Index 0 is V1.
const FRAUD_SHIFT: Record<number, number> = {
  1: -4.7, 2: 3.6, 3: -6.8, 4: 4.4, 5: -3.1, 6: -1.2, 7: -5.6, 9: -2.6, 10: -5.5, 11: 3.7, 12: -6.0, 14: -6.7, 16: -4.0,
  17: -6.5, 18: -2.2, 19: 0.7, 21: 0.6,
};

/** Relative transaction rate over the day: busy from morning to late evening, a trough around 3-5 am. */
function dailyRate(secondOfDay: number): number {
  const hour = secondOfDay / 3600;
  const wave = 0.5 - 0.5 * cos((2 * PI * (hour - 4)) / 24);
  return 0.1 + 0.9 * pow(wave, 0.7);
}

/** Seconds since the first transaction, drawn by rejection from the daily cycle; frauds follow a flatter cycle. */
function drawTime(rng: Rng, fraud: boolean): number {
  for (;;) {
    const t = rng.next() * TWO_DAYS_S;
    const rate = dailyRate(t % 86_400);
    if (rng.next() < (fraud ? 0.45 + 0.55 * rate : rate)) return floor(t);
  }
}

/** Student t with 5 degrees of freedom scaled to unit variance: PCA scores of card data are heavy-tailed. */
function heavyTailed(rng: Rng): number {
  const chi2 = rng.gamma(2.5, 2);
  return (rng.normal() / sqrt(chi2 / 5)) * sqrt(3 / 5);
}

function legitAmount(rng: Rng): number {
  if (rng.bernoulli(0.006)) return 0;
  return min(rng.logNormal(log(22), 1.45), 25_000);
}

/** Many frauds are tiny test charges (often exactly 1.00 or 0.00); the rest are larger than a typical purchase. */
function fraudAmount(rng: Rng): number {
  if (rng.bernoulli(0.45)) {
    const r = rng.next();
    if (r < 0.5) return 1;
    if (r < 0.65) return 0;
    return rng.uniform(0.01, 3);
  }
  return min(rng.logNormal(log(90), 1.3), 2_126);
}

interface Transaction {
  time: number;
  v: number[];
  amount: number;
  fraud: boolean;
}

function legitTransaction(rng: Rng): Transaction {
  const v = V_SD.map((sd) => sd * heavyTailed(rng));
  return { time: drawTime(rng, false), v, amount: legitAmount(rng), fraud: false };
}

/**
 * A fraud is a legitimate-looking draw (with wider spread) pushed along the fraud direction by a severity:
 * most frauds are far off, a minority (small severity) hide among legitimate rows, so no model gets AUC 1.
 */
function fraudTransaction(rng: Rng): Transaction {
  const severity = rng.gamma(2.2, 1 / 2.2);
  const v = V_SD.map((sd, j) => {
    const shift = FRAUD_SHIFT[j + 1] ?? 0;
    const jitter = 1 + 0.35 * rng.normal();
    return sd * 1.4 * heavyTailed(rng) + severity * shift * jitter;
  });
  return { time: drawTime(rng, true), v, amount: fraudAmount(rng), fraud: true };
}

/**
 * Write a synthetic `creditcard.csv` in the Kaggle original's layout: quoted header, rows in time order,
 * Time in whole seconds over two days, V1..V28 with 15 significant digits, Amount in cents, Class quoted ("0"/"1").
 */
export async function generateCreditcard(outDir: string, options: CreditcardOptions): Promise<SyntheticResult> {
  const rows = positiveInteger(options.size, CREDITCARD_DEFAULT_ROWS, "creditcard size (rows)");
  const fraudRate = options.fraudRate ?? CREDITCARD_DEFAULT_FRAUD_RATE;
  if (!(fraudRate >= 0.001 && fraudRate <= 0.05)) throw new Error(`creditcard fraudRate must be within 0.001-0.05, got ${fraudRate}`);
  const root = new Rng(checkSeed(options.seed));
  const frauds = max(1, round(rows * fraudRate));
  const legitRng = root.fork("legit");
  const fraudRng = root.fork("fraud");
  const transactions: Transaction[] = [];
  for (let i = 0; i < rows - frauds; i++) transactions.push(legitTransaction(legitRng));
  for (let i = 0; i < frauds; i++) transactions.push(fraudTransaction(fraudRng));
  // The original is sorted by Time; a stable sort keeps ties in a seed-determined order.
  transactions.sort((a, b) => a.time - b.time);

  const lines: string[] = [CREDITCARD_COLUMNS.map((name) => `"${name}"`).join(",")];
  for (const t of transactions) {
    lines.push(`${t.time},${t.v.map(significant15).join(",")},${rounded(t.amount, 2)},"${t.fraud ? 1 : 0}"`);
  }

  const file = join(outDir, "creditcard.csv");
  await writeSyntheticProvenance(outDir, {
    dataset: "creditcard",
    name: "Synthetic card transactions (twin of ULB Credit Card Fraud Detection)",
    seed: options.seed,
    version: CREDITCARD_GENERATOR_VERSION,
    options: { rows, fraudRate },
    note:
      `SYNTHETIC DATA, not real transactions. Seeded random rows in the layout of the ULB creditcard.csv ` +
      `(Time, V1..V28, Amount, Class): ${rows} rows, ${frauds} frauds (${(fraudRate * 100).toFixed(2)}%; the real file has 0.17%). ` +
      `V's are independent heavy-tailed components with the real file's variances; frauds are shifted mainly on ` +
      `V14, V17, V12, V10, V4, V11 by a random severity; amounts are log-normal; Time spans two days with a daily cycle.`,
    files: ["creditcard.csv"],
  });
  await writeFileAtomic(file, `${lines.join("\n")}\n`);
  return { dir: outDir, files: [file] };
}
