// Model quality on real ULB rows kept out of training, over several seeds, as `evaluate` runs for the graders:
// each seed holds a different stratified quarter of the file out as the test set (playing creditcard_test.csv),
// trains on the other three quarters with its own network initialisations, and measures model and baseline.
//   pnpm bench quality [--seeds 5] [--data-dir DIR] [--hp '{"folds":3}']
import { describeBackend, initBackend } from "@verticals/core";
import { findRealDataRoot, loadCreditcard } from "@verticals/data";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_BLOCK_PROBABILITY, DEFAULT_COST_MISSED_FRAUD, DEFAULT_COST_REVIEW } from "../src/env";
import { takeLabels, takeRows } from "../src/pipeline/columns";
import { trainAndTest } from "../src/pipeline/holdout";
import { stratifiedSplit } from "../src/pipeline/split";
import { describeHardFrauds, hardFraudSummary } from "./hard-frauds";

export const QUALITY_METRICS = ["roc_auc", "auprc", "recall_at_1pct_fpr", "precision", "recall"] as const;

function stat(values: number[]) {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, values.length - 1));
  return { mean, sd, min: Math.min(...values), max: Math.max(...values) };
}

export async function qualityBench(argv: string[] = []): Promise<Record<string, unknown> | null> {
  const { values } = parseArgs({ args: argv, options: { seeds: { type: "string", default: "5" }, "data-dir": { type: "string" }, hp: { type: "string" } } });
  const root = findRealDataRoot();
  const dataDir = values["data-dir"] ?? (root ? path.join(root, "fraud") : undefined);
  if (!dataDir) {
    console.error("quality: skipped, no real data (pass --data-dir or set VERTICALS_REAL_DATA_DIR)");
    return null;
  }
  const backend = await initBackend();
  const file = await loadCreditcard(path.join(dataDir, "creditcard.csv"));
  console.error(`quality: ${file.rowCount} rows (${file.positiveCount} frauds, ${file.provenance.kind}) · ${describeBackend(backend)}`);
  const rows = { data: { rows: file.rowCount, columns: file.columns }, labels: file.label };
  const hyperparameters = values.hp ? (JSON.parse(values.hp) as Record<string, unknown>) : undefined;
  const runs: Array<{ model: Record<string, number>; baseline: Record<string, number>; seconds: number; lookalikeLoss: number }> = [];
  for (let s = 1; s <= Number(values.seeds); s++) {
    const outer = stratifiedSplit(rows.labels, { validation: 0.25, test: 0 }, 1000 + s);
    const part = (indices: Int32Array) => ({ data: takeRows(rows.data, indices), labels: takeLabels(rows.labels, indices) });
    const result = await trainAndTest(part(outer.train), part(outer.validation), {
      seed: s,
      costs: { missedFraud: DEFAULT_COST_MISSED_FRAUD, review: DEFAULT_COST_REVIEW },
      blockProbability: DEFAULT_BLOCK_PROBABILITY,
      hyperparameters,
      reporter: null,
    });
    const hard = hardFraudSummary(result);
    result.trained.scorer.dispose();
    const model = result.report.model as unknown as Record<string, number>;
    const baseline = result.report.baseline as unknown as Record<string, number>;
    runs.push({ model, baseline, seconds: result.trained.trainSeconds, lookalikeLoss: hard.aucLostToLookalikes });
    console.log(
      `seed ${s} (test ${result.test.labels.length} rows, ${result.report.frauds} frauds): ` +
        QUALITY_METRICS.map((m) => `${m} ${model[m]!.toFixed(4)} (LR ${baseline[m]!.toFixed(4)})`).join(" · ") +
        ` · blend ${result.trained.networkWeight} · ${result.trained.trainSeconds.toFixed(1)} s`,
    );
    console.log(`  ${describeHardFrauds(hard)}`);
  }
  const summary: Record<string, unknown> = {
    seeds: runs.length,
    test_rows: Math.round(file.rowCount / 4),
    train_seconds: stat(runs.map((r) => r.seconds)),
    roc_auc_lost_to_lookalike_frauds: stat(runs.map((r) => r.lookalikeLoss)),
  };
  for (const m of QUALITY_METRICS) {
    const model = stat(runs.map((r) => r.model[m]!));
    const baseline = stat(runs.map((r) => r.baseline[m]!));
    const wins = runs.filter((r) => r.model[m]! >= r.baseline[m]!).length;
    summary[m] = { model, baseline, model_at_least_baseline: `${wins}/${runs.length}` };
    console.log(
      `${m.padEnd(20)} model ${model.mean.toFixed(4)} ± ${model.sd.toFixed(4)} [${model.min.toFixed(4)}, ${model.max.toFixed(4)}]   ` +
        `baseline ${baseline.mean.toFixed(4)} ± ${baseline.sd.toFixed(4)}   model ≥ baseline in ${wins}/${runs.length}`,
    );
  }
  return summary;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const summary = await qualityBench(process.argv.slice(2));
  if (summary) console.log(JSON.stringify(summary));
}
