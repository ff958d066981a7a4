// `pnpm bench [--data-dir DIR]`: the model against its baseline over several seeds (each a different
// split and initialisation), with the spread, so a difference is not read into noise.
import { pipeline } from "../src/pipeline/index";
import { appScriptContext } from "@verticals/cli";

const SEEDS = [1, 2, 3];
const base = await appScriptContext();
const runs: Array<{ seed: number; auc: number; baseline: number; seconds: number }> = [];
for (const seed of SEEDS) {
  const metrics = await pipeline.evaluate({ ...base, seed });
  runs.push({ seed, auc: metrics.auc as number, baseline: (metrics.baseline as { auc: number }).auc, seconds: metrics.train_seconds as number });
  process.stderr.write(`seed ${seed}: ROC-AUC ${(metrics.auc as number).toFixed(3)} vs baseline ${(metrics.baseline as { auc: number }).auc.toFixed(3)}\n`);
}
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const sd = (values: number[]) => Math.sqrt(mean(values.map((v) => (v - mean(values)) ** 2)));
const report = {
  data: base.dataDir,
  seeds: SEEDS,
  auc: { mean: mean(runs.map((r) => r.auc)), sd: sd(runs.map((r) => r.auc)) },
  baseline_auc: { mean: mean(runs.map((r) => r.baseline)), sd: sd(runs.map((r) => r.baseline)) },
  train_seconds: { mean: mean(runs.map((r) => r.seconds)) },
};
process.stdout.write(`${JSON.stringify(report)}\n`);
