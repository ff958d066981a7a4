// Bounded load test of POST /api/score with single transactions, on loopback only: a fixed request rate
// (open loop: requests leave on schedule whether or not earlier ones returned), then latency percentiles.
// By default it starts the production build on its own port and store (.verticals/bench.db), seeded afresh,
// and stops it afterwards; --url points it at a server you already run (127.0.0.1 / localhost only).
//   pnpm bench http [--rate 100] [--seconds 20] [--url http://127.0.0.1:3101]
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { readEnv } from "../src/env";
import { holdoutColumns, loadFraudArtifact } from "../src/pipeline/artifact";
import { rowAt } from "../src/pipeline/columns";
import { seedStore } from "../src/pipeline/seed";

const APP_DIR = path.resolve(import.meta.dirname, "..");
const PORT = 3121;

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

async function waitUp(url: string, server: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export async function httpLoadBench(argv: string[] = []): Promise<Record<string, number | string>> {
  const { values } = parseArgs({ args: argv, options: { rate: { type: "string", default: "100" }, seconds: { type: "string", default: "20" }, url: { type: "string" } } });
  const rate = Number(values.rate);
  const seconds = Number(values.seconds);
  if (!(rate > 0 && rate <= 1000 && seconds > 0 && seconds <= 120)) throw new Error("--rate must be 1..1000 and --seconds 1..120 (the test is bounded on purpose)");
  let url = values.url ?? `http://127.0.0.1:${PORT}`;
  if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(url)) throw new Error(`--url must be http://127.0.0.1:<port> or http://localhost:<port>, got ${url}`);
  url = url.replace(/\/$/, "");

  const env = readEnv(process.env, APP_DIR);
  const { holdout, model } = await loadFraudArtifact(env.artifactsDir);
  model.scorer.dispose();
  const { data } = holdoutColumns(holdout);
  const bodies = Array.from({ length: Math.min(data.rows, 5000) }, (_, i) => JSON.stringify({ ...rowAt(data, i), reference: `bench-${i}` }));

  let server: ChildProcess | null = null;
  if (!values.url) {
    if (!existsSync(path.join(APP_DIR, ".next", "BUILD_ID"))) throw new Error("no production build: run `pnpm build` first");
    const databaseUrl = `file:${path.join(APP_DIR, ".verticals", "bench.db")}`;
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${databaseUrl.slice(5)}${suffix}`, { force: true });
    await seedStore({ databaseUrl, artifactsDir: env.artifactsDir, appDir: APP_DIR });
    server = spawn(path.join(APP_DIR, "node_modules", ".bin", "next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
      cwd: APP_DIR,
      env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  try {
    if (server) await waitUp(url, server);
    const post = async (body: string) => {
      const started = performance.now();
      try {
        const response = await fetch(`${url}/api/score`, { method: "POST", headers: { "content-type": "application/json" }, body });
        await response.arrayBuffer();
        return { ms: performance.now() - started, ok: response.status === 200, status: response.status };
      } catch {
        return { ms: performance.now() - started, ok: false, status: 0 };
      }
    };
    for (let i = 0; i < 40; i++) await post(bodies[i % bodies.length]!); // warm-up: JIT, model, connection pool

    const total = Math.round(rate * seconds);
    const interval = 1000 / rate;
    const results: Array<Promise<{ ms: number; ok: boolean; status: number }>> = [];
    const begin = performance.now();
    for (let i = 0; i < total; i++) {
      const due = begin + i * interval;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      results.push(post(bodies[(40 + i) % bodies.length]!));
    }
    const done = await Promise.all(results);
    const elapsed = (performance.now() - begin) / 1000;
    const latencies = done.map((d) => d.ms).sort((a, b) => a - b);
    const errors = done.filter((d) => !d.ok);
    const round = (v: number) => Math.round(v * 100) / 100;
    return {
      url,
      requests: total,
      target_rate: rate,
      achieved_rate: round(total / elapsed),
      errors: errors.length,
      error_statuses: [...new Set(errors.map((e) => e.status))].join(",") || "none",
      p50_ms: round(percentile(latencies, 0.5)),
      p95_ms: round(percentile(latencies, 0.95)),
      p99_ms: round(percentile(latencies, 0.99)),
      max_ms: round(latencies[latencies.length - 1]!),
    };
  } finally {
    if (server && server.exitCode === null) server.kill("SIGTERM");
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await httpLoadBench(process.argv.slice(2));
  console.log(`${r.requests} single-transaction POSTs at ${r.target_rate}/s (achieved ${r.achieved_rate}/s) to ${r.url}: p50 ${r.p50_ms} ms · p95 ${r.p95_ms} ms · p99 ${r.p99_ms} ms · max ${r.max_ms} ms · errors ${r.errors}`);
  console.log(JSON.stringify(r));
}
