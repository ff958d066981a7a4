// pnpm bench [--data-dir DIR] [--strict]: the acceptance benchmark. Runs `evaluate` on the real M5 subset (or DIR)
// exactly as `pnpm verticals evaluate demand --data-dir DIR` does, times it end to end (loading, training,
// forecasting, baselines, scoring) and checks the targets. --strict exits 1 when a target is missed.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { findRealDataRoot } from "@verticals/data";
import { evaluateDemand } from "../src/pipeline/evaluate";

interface Metrics {
  weighted_rmsse: number;
  mean_rmsse: number;
  coverage_80: number;
  coverage_95: number;
  train_seconds: number;
  baselines: Record<string, { weighted_rmsse: number; coverage_80: number; coverage_95: number }>;
  by_level: Record<string, { model: { weighted_rmsse: number; coverage_80: number; coverage_95: number }; seasonal_naive: { weighted_rmsse: number }; ets: { weighted_rmsse: number } }>;
  by_class: Record<string, { series: number; model: { weighted_rmsse: number; coverage_80: number }; seasonal_naive: { weighted_rmsse: number }; ets: { weighted_rmsse: number }; tsb: { weighted_rmsse: number } }>;
  data: { kind: string; name: string; series: number; days: number };
  backend: string;
}

const args = process.argv.slice(2);
const flag = args.indexOf("--data-dir");
const realRoot = findRealDataRoot();
const dataDir = flag >= 0 && args[flag + 1] ? resolve(args[flag + 1]!) : realRoot ? join(realRoot, "retail") : undefined;
if (!dataDir || !existsSync(dataDir)) {
  console.error("bench: no M5 data found. Pass --data-dir DIR, or set VERTICALS_REAL_DATA_DIR to the folder holding retail/ (the shared datasets).");
  process.exit(2);
}
const log = (m: string) => process.stderr.write(`${m}\n`);
log(`bench: evaluate demand on ${dataDir} (the machine may be shared: wall-clock times vary with load)`);
const started = performance.now();
const cpuStart = process.cpuUsage();
const metrics = (await evaluateDemand({
  dataDir,
  artifactsDir: resolve(".verticals"),
  databaseUrl: "",
  seed: Number(process.env.VERTICALS_SEED ?? 42),
  log: { info: log, warn: log },
  signal: new AbortController().signal,
})) as unknown as Metrics;
const wall = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const sn = metrics.baselines.seasonal_naive!.weighted_rmsse;
const improvement = 1 - metrics.weighted_rmsse / sn;
const others = Object.entries(metrics.baselines).filter(([name]) => name !== "seasonal_naive");
const bestOther = others.reduce<[string, number]>((best, [name, m]) => (m.weighted_rmsse < best[1] ? [name, m.weighted_rmsse] : best), ["", Number.POSITIVE_INFINITY]);
const targets = [
  { name: "weighted RMSSE >= 30% below seasonal naive", ok: improvement >= 0.3, value: `${pct(improvement)} below (${metrics.weighted_rmsse.toFixed(4)} vs ${sn.toFixed(4)})` },
  { name: "below every other baseline", ok: metrics.weighted_rmsse < bestOther[1], value: `best other: ${bestOther[0]} ${bestOther[1].toFixed(4)}` },
  { name: "80% band covers 75-85%", ok: Math.abs(metrics.coverage_80 - 0.8) <= 0.05, value: pct(metrics.coverage_80) },
  { name: "95% band covers 90-100%", ok: Math.abs(metrics.coverage_95 - 0.95) <= 0.05, value: pct(metrics.coverage_95) },
  { name: "evaluate (training included) under 5 minutes", ok: wall < 300, value: `${wall.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU, training ${metrics.train_seconds} s` },
];

const out: string[] = [];
out.push(`\nData: ${metrics.data.kind.toUpperCase()} ${metrics.data.name}, ${metrics.data.series} series x ${metrics.data.days} days · backend ${metrics.backend}`);
out.push("\nMethod                        wRMSSE   mean RMSSE  cov80   cov95");
out.push(`model                         ${metrics.weighted_rmsse.toFixed(4)}   ${metrics.mean_rmsse.toFixed(4)}      ${pct(metrics.coverage_80).padStart(6)}  ${pct(metrics.coverage_95).padStart(6)}`);
for (const [name, m] of Object.entries(metrics.baselines)) {
  out.push(`${name.padEnd(30)}${m.weighted_rmsse.toFixed(4)}   ${"".padEnd(11)} ${pct(m.coverage_80).padStart(6)}  ${pct(m.coverage_95).padStart(6)}`);
}
out.push("\nLevel          model    seasonal naive  ETS      cov80   cov95");
for (const [level, e] of Object.entries(metrics.by_level)) {
  out.push(`${level.padEnd(15)}${e.model.weighted_rmsse.toFixed(4)}   ${e.seasonal_naive.weighted_rmsse.toFixed(4)}          ${e.ets.weighted_rmsse.toFixed(4)}   ${pct(e.model.coverage_80).padStart(6)}  ${pct(e.model.coverage_95).padStart(6)}`);
}
out.push("\nDemand class   series  model    seasonal naive  ETS      TSB      cov80");
for (const [c, e] of Object.entries(metrics.by_class)) {
  out.push(`${c.padEnd(15)}${String(e.series).padStart(6)}  ${e.model.weighted_rmsse.toFixed(4)}   ${e.seasonal_naive.weighted_rmsse.toFixed(4)}          ${e.ets.weighted_rmsse.toFixed(4)}   ${e.tsb.weighted_rmsse.toFixed(4)}   ${pct(e.model.coverage_80).padStart(6)}`);
}
out.push("\nTargets");
for (const t of targets) out.push(`  ${t.ok ? "PASS" : "MISS"}  ${t.name}: ${t.value}`);
process.stdout.write(`${out.join("\n")}\n`);
process.stdout.write(`${JSON.stringify({ ...metrics, bench: { wall_seconds: Number(wall.toFixed(1)), cpu_seconds: Number(cpuSeconds.toFixed(1)), targets: Object.fromEntries(targets.map((t) => [t.name, t.ok])) } })}\n`);
if (args.includes("--strict") && targets.some((t) => !t.ok)) process.exit(1);
