// Benchmarks printing the figures the issue asks for (see README "Measured figures"):
//   pnpm bench                 everything below, in turn
//   pnpm bench throughput      in-process scoring of one 200,000-row batch (saved model)
//   pnpm bench http            100 single-transaction requests/s for 20 s on loopback: latency percentiles
//   pnpm bench quality         real ULB rows kept out of training, 5 seeds: model vs baseline, mean ± SD
//   pnpm bench evaluate        `pnpm verticals evaluate fraud --data-dir <real data>`, timed end to end
//   pnpm bench hard-frauds     the evaluate split's frauds that legitimate rows outscore: who holds the ROC-AUC down
// Extra arguments go to the one benchmark named, e.g. `pnpm bench quality --seeds 10`.
import { evaluateTimeBench } from "./evaluate-time";
import { hardFraudsBench } from "./hard-frauds";
import { httpLoadBench } from "./http-load";
import { qualityBench } from "./quality";
import { throughputBench } from "./throughput";

const [which = "all", ...rest] = process.argv.slice(2);
const benches: Record<string, (argv: string[]) => Promise<unknown>> = {
  throughput: throughputBench,
  http: httpLoadBench,
  quality: qualityBench,
  evaluate: evaluateTimeBench,
  "hard-frauds": hardFraudsBench,
};
if (which !== "all" && !benches[which]) {
  console.error(`unknown benchmark "${which}"; expected one of all, ${Object.keys(benches).join(", ")}`);
  process.exit(2);
}
const results: Record<string, unknown> = {};
for (const [name, run] of Object.entries(benches)) {
  if (which !== "all" && which !== name) continue;
  console.error(`\n▸ ${name}`);
  results[name] = await run(which === name ? rest : []);
  console.log(`${name}: ${JSON.stringify(results[name])}`);
}
