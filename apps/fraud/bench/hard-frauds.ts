// Which test frauds hold the ROC-AUC down, and whether any model of these features could rank them higher.
// Runs the evaluate split exactly as `pnpm verticals evaluate fraud` does (same seed, same 80/20), then for
// every fraud that some legitimate test row outscores prints: its share of 1 − AUC for the network and for
// the baseline, and how many of its 10 nearest training rows are frauds (standardised V1..V28 and log amount,
// the baseline's columns). A "look-alike" fraud has none: its neighbourhood is all legitimate.
//   pnpm bench hard-frauds [--data-dir DIR] [--seed 42] [--k 10]
import { aucLossByPositive, initBackend, rocAuc } from "@verticals/core";
import { findRealDataRoot, loadCreditcard } from "@verticals/data";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_BLOCK_PROBABILITY, DEFAULT_COST_MISSED_FRAUD, DEFAULT_COST_REVIEW } from "../src/env";
import { baselineProbabilities } from "../src/pipeline/baseline";
import { featureMatrix } from "../src/pipeline/features";
import { trainAndTest, type HoldoutResult } from "../src/pipeline/holdout";
import { fraudNeighbourCounts } from "./fraud-neighbours";
import { scoreProbabilities } from "../src/pipeline/score";

export const NEIGHBOURS = 10;

export interface HardFraud {
  /** Row of the test set. */
  testRow: number;
  probability: number;
  networkAucLost: number;
  baselineAucLost: number;
  /** Frauds among the k nearest training rows. */
  fraudNeighbours: number;
}

export interface HardFraudSummary {
  rocAuc: number;
  baselineRocAuc: number;
  /** Frauds outscored by at least one legitimate test row, largest network loss first. */
  hard: HardFraud[];
  /** Frauds with no fraud among their k nearest training rows. */
  lookalikes: number;
  /** Network ROC-AUC lost to the look-alike frauds together. */
  aucLostToLookalikes: number;
}

export function hardFraudSummary(result: HoldoutResult, k = NEIGHBOURS): HardFraudSummary {
  const { trained, train, test } = result;
  const { spec } = trained;
  const testMatrix = featureMatrix(test.data, spec);
  const network = scoreProbabilities(trained, test.data);
  const baseline = baselineProbabilities(trained.baseline, spec, testMatrix);
  const baselineLoss = new Map(aucLossByPositive(test.labels, baseline).map((f) => [f.index, f.aucLost]));
  const width = spec.names.length;
  const neighbours = fraudNeighbourCounts(
    { matrix: featureMatrix(train.data, spec), width, columns: spec.baselineColumns, labels: train.labels },
    { matrix: testMatrix, width, columns: spec.baselineColumns },
    k,
  );
  const losses = aucLossByPositive(test.labels, network);
  const hard = losses
    .filter((f) => f.negativesAbove > 0)
    .map((f) => ({
      testRow: f.index,
      probability: f.score,
      networkAucLost: f.aucLost,
      baselineAucLost: baselineLoss.get(f.index) ?? 0,
      fraudNeighbours: neighbours[f.index]!,
    }));
  const lookalikeLoss = losses.filter((f) => neighbours[f.index] === 0);
  return {
    rocAuc: rocAuc(test.labels, network),
    baselineRocAuc: rocAuc(test.labels, baseline),
    hard,
    lookalikes: lookalikeLoss.length,
    aucLostToLookalikes: lookalikeLoss.reduce((sum, f) => sum + f.aucLost, 0),
  };
}

/** One line per split for the quality bench. */
export function describeHardFrauds(summary: HardFraudSummary): string {
  const top = summary.hard[0];
  const worst = top ? `lowest-ranked fraud costs ${top.networkAucLost.toFixed(4)} (${top.fraudNeighbours}/${NEIGHBOURS} fraud neighbours)` : "no fraud outscored";
  return `${summary.lookalikes} look-alike frauds (0/${NEIGHBOURS} fraud neighbours) cost ${summary.aucLostToLookalikes.toFixed(4)} of ROC-AUC; ${worst}`;
}

export async function hardFraudsBench(argv: string[] = []): Promise<Record<string, unknown> | null> {
  const { values } = parseArgs({
    args: argv,
    options: { "data-dir": { type: "string" }, seed: { type: "string", default: process.env.VERTICALS_SEED ?? "42" }, k: { type: "string", default: String(NEIGHBOURS) } },
  });
  const root = findRealDataRoot();
  const dataDir = values["data-dir"] ?? (root ? path.join(root, "fraud") : undefined);
  if (!dataDir) {
    console.error("hard-frauds: skipped, no real data (pass --data-dir or set VERTICALS_REAL_DATA_DIR)");
    return null;
  }
  await initBackend();
  const file = await loadCreditcard(path.join(dataDir, "creditcard.csv"));
  const result = await trainAndTest({ data: { rows: file.rowCount, columns: file.columns }, labels: file.label }, null, {
    seed: Number(values.seed),
    costs: { missedFraud: DEFAULT_COST_MISSED_FRAUD, review: DEFAULT_COST_REVIEW },
    blockProbability: DEFAULT_BLOCK_PROBABILITY,
    reporter: null,
  });
  const summary = hardFraudSummary(result, Number(values.k));
  result.trained.scorer.dispose();
  const legitimate = result.test.labels.length - result.report.frauds;
  console.log(`evaluate split (seed ${values.seed}): ${result.report.frauds} test frauds, ${legitimate} legitimate test rows`);
  console.log(`ROC-AUC network ${summary.rocAuc.toFixed(4)}, baseline ${summary.baselineRocAuc.toFixed(4)}`);
  console.log("file row  probability  AUC lost (network)  AUC lost (baseline)  fraud neighbours");
  for (const f of summary.hard) {
    const fileRow = result.split.test[f.testRow] ?? f.testRow;
    console.log(
      `${String(fileRow).padStart(8)}  ${f.probability.toExponential(2).padStart(11)}  ${f.networkAucLost.toFixed(4).padStart(18)}  ${f.baselineAucLost.toFixed(4).padStart(19)}  ${String(f.fraudNeighbours).padStart(9)}/${values.k}`,
    );
  }
  const withoutLookalikes = lookalikeFreeAuc(summary, result.report.frauds);
  console.log(describeHardFrauds(summary));
  console.log(`ROC-AUC over the other frauds (look-alikes left out): ${withoutLookalikes.toFixed(4)}`);
  return {
    roc_auc: summary.rocAuc,
    baseline_roc_auc: summary.baselineRocAuc,
    lookalike_frauds: summary.lookalikes,
    roc_auc_lost_to_lookalikes: summary.aucLostToLookalikes,
    roc_auc_without_lookalikes: withoutLookalikes,
    hard_frauds: summary.hard.length,
  };
}

/** The AUC recomputed over the frauds that are not look-alikes (same legitimate rows). */
export function lookalikeFreeAuc(summary: HardFraudSummary, frauds: number): number {
  const kept = frauds - summary.lookalikes;
  if (kept === 0) return Number.NaN;
  // Each fraud's loss is (legitimate rows above it) / (frauds × legitimate): rescale the remaining losses to `kept` frauds.
  const remainingLoss = 1 - summary.rocAuc - summary.aucLostToLookalikes;
  return 1 - (remainingLoss * frauds) / kept;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const summary = await hardFraudsBench(process.argv.slice(2));
  if (summary) console.log(JSON.stringify(summary));
}
