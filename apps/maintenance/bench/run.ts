// pnpm bench [--data-dir DIR] [--seeds 42,43,44]: the evaluation contract on real data (default: the shared
// `equipment` folder), once per seed, with the figures against the targets. Wall-clock times depend on what
// else the machine is doing; CPU seconds are printed next to them.
import { join } from "node:path";
import { parseArgs } from "node:util";
import { findRealDataRoot } from "@verticals/data";
import { evaluateMaintenance } from "../src/pipeline/evaluate";

// `pnpm bench -- --seeds ...` passes the "--" through: drop it.
const { values } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== "--"), options: { "data-dir": { type: "string" }, seeds: { type: "string", default: "42" } } });
const root = findRealDataRoot();
const dataDir = values["data-dir"] ?? (root ? join(root, "equipment") : undefined);
if (!dataDir) throw new Error("No real data found: pass --data-dir DIR (the folder holding ai4i2020/ and cmapss/) or set VERTICALS_REAL_DATA_DIR");

interface Metrics {
  ai4i: { f1: number; roc_auc: number; auprc: number; baselines: { logistic_regression: { f1: number; auprc: number } } };
  cmapss: { rmse: number; nasa_score: number; coverage80: number; ensemble: number; member_rmse: number[]; test: string; test_engines: number; baselines: { constant_mean: { rmse: number; nasa_score: number }; linear: { rmse: number; nasa_score: number } } };
  train_seconds: number;
  total_seconds: number;
}

const seeds = values.seeds!.split(",").map(Number);
const rows: (Metrics & { seed: number; cpu: number })[] = [];
for (const seed of seeds) {
  const cpu0 = process.cpuUsage();
  const controller = new AbortController();
  const metrics = (await evaluateMaintenance({
    dataDir,
    artifactsDir: "/dev/null",
    databaseUrl: "file:/dev/null",
    seed,
    log: { info: (m) => process.stderr.write(`${m}\n`), warn: (m) => process.stderr.write(`warning: ${m}\n`) },
    signal: controller.signal,
  })) as unknown as Metrics;
  const cpu = process.cpuUsage(cpu0);
  rows.push({ ...metrics, seed, cpu: (cpu.user + cpu.system) / 1e6 });
  process.stdout.write(`${JSON.stringify({ seed, ...metrics })}\n`);
}

const mean = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0) / rows.length;
const fmt = (v: number, d = 3) => v.toFixed(d);
const sd = (f: (r: (typeof rows)[number]) => number) => Math.sqrt(mean((r) => (f(r) - mean(f)) ** 2));
const line = (name: string, value: number, target: string, ok: boolean, extra = "") => `${name.padEnd(40)} ${fmt(value).padStart(9)}  target ${target.padEnd(9)} ${ok ? "met" : "NOT met"}${extra}`;
const c = rows[0]!.cmapss;
process.stdout.write(
  [
    "",
    `Benchmark on ${dataDir}, seeds ${seeds.join(", ")} (mean)`,
    line("AI4I F1 (held-out rows)", mean((r) => r.ai4i.f1), ">= 0.85", mean((r) => r.ai4i.f1) >= 0.85, `   logistic ${fmt(mean((r) => r.ai4i.baselines.logistic_regression.f1))}`),
    `${"AI4I ROC-AUC / AUPRC".padEnd(40)} ${fmt(mean((r) => r.ai4i.roc_auc))} / ${fmt(mean((r) => r.ai4i.auprc))}   logistic AUPRC ${fmt(mean((r) => r.ai4i.baselines.logistic_regression.auprc))}`,
    `C-MAPSS test: ${c.test}, ${c.test_engines} engines or cut points`,
    line("C-MAPSS RMSE (cycles)", mean((r) => r.cmapss.rmse), "<= 13.0", mean((r) => r.cmapss.rmse) <= 13, `   linear ${fmt(mean((r) => r.cmapss.baselines.linear.rmse), 2)} · constant ${fmt(mean((r) => r.cmapss.baselines.constant_mean.rmse), 2)}`),
    line("C-MAPSS NASA score (sum)", mean((r) => r.cmapss.nasa_score), "<= 350", mean((r) => r.cmapss.nasa_score) <= 350, `   linear ${fmt(mean((r) => r.cmapss.baselines.linear.nasa_score), 0)} · constant ${fmt(mean((r) => r.cmapss.baselines.constant_mean.nasa_score), 0)}`),
    `${"C-MAPSS RMSE per seed".padEnd(40)} ${rows.map((r) => fmt(r.cmapss.rmse, 2)).join(" / ")}   sd ${fmt(sd((r) => r.cmapss.rmse), 2)}`,
    ...(c.ensemble > 1
      ? [`${"  ensemble members alone (RMSE)".padEnd(40)} ${rows.map((r) => `${fmt(Math.min(...r.cmapss.member_rmse), 1)}-${fmt(Math.max(...r.cmapss.member_rmse), 1)}`).join(" / ")}   (${c.ensemble} members, averaged)`]
      : []),
    `${"C-MAPSS 80% band coverage".padEnd(40)} ${fmt(mean((r) => r.cmapss.coverage80)).padStart(9)}`,
    line("evaluate wall seconds (with training)", mean((r) => r.total_seconds), "< 300", mean((r) => r.total_seconds) < 300, `   train ${fmt(mean((r) => r.train_seconds), 1)} s · CPU ${fmt(mean((r) => r.cpu), 1)} s`),
    c.test !== "official test_FD001 + RUL_FD001"
      ? `Note: no official test files in this folder: RMSE and NASA score are on held-out training engines cut short like the official test (${c.test_engines} cut points; the score is their sum, as NASA's is over its 100 test engines).`
      : "",
    "",
  ].join("\n"),
);
