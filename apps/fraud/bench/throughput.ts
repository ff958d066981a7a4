// In-process scoring throughput on one large batch: features, the network graph and decisions, as the API's
// batch path does (without the database). Uses the saved model (.verticals/model; train it first).
//   pnpm bench throughput [--rows 200000] [--repeat 3]
import { describeBackend, getBackendInfo } from "@verticals/core";
import { parseArgs } from "node:util";
import { readEnv } from "../src/env";
import { holdoutColumns, loadFraudArtifact } from "../src/pipeline/artifact";
import { takeRows } from "../src/pipeline/columns";
import { scoreTransactions } from "../src/pipeline/score";

export async function throughputBench(argv: string[] = []): Promise<Record<string, number | string>> {
  const { values } = parseArgs({ args: argv, options: { rows: { type: "string", default: "200000" }, repeat: { type: "string", default: "3" } } });
  const rows = Number(values.rows);
  const env = readEnv();
  const { model, holdout } = await loadFraudArtifact(env.artifactsDir);
  const source = holdoutColumns(holdout).data;
  // The held-back rows, repeated up to the batch size.
  const batch = takeRows(source, Int32Array.from({ length: rows }, (_, i) => i % source.rows));
  scoreTransactions(model, takeRows(source, Int32Array.from({ length: 2000 }, (_, i) => i % source.rows))); // warm-up
  const seconds: number[] = [];
  let alerts = 0;
  for (let r = 0; r < Number(values.repeat); r++) {
    const started = performance.now();
    const { decisions } = scoreTransactions(model, batch);
    seconds.push((performance.now() - started) / 1000);
    alerts = decisions.filter((d) => d !== "approve").length;
  }
  seconds.sort((a, b) => a - b);
  const median = seconds[Math.floor(seconds.length / 2)]!;
  const result = {
    rows,
    median_seconds: Math.round(median * 1000) / 1000,
    rows_per_second: Math.round(rows / median),
    best_rows_per_second: Math.round(rows / seconds[0]!),
    alerts,
    model: model.version,
    backend: describeBackend(getBackendInfo()!),
  };
  model.scorer.dispose();
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await throughputBench(process.argv.slice(2));
  console.log(`scored ${result.rows} transactions in ${result.median_seconds} s (median of runs): ${Number(result.rows_per_second).toLocaleString("en-US")} rows/s (best ${Number(result.best_rows_per_second).toLocaleString("en-US")})`);
  console.log(JSON.stringify(result));
}
