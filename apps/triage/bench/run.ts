// `pnpm bench [--data-dir DIR] [--skip-evaluate]`: the figures the issue asks for, measured on this machine.
//   1. evaluate (train + tune + report) wall and CPU time, with its metrics (real PneumoniaMNIST when present)
//   2. batch inference throughput (images/s) of the saved or freshly trained model
//   3. one upload end to end (decode, preprocess, score, Grad-CAM; store excluded and included) for PNG, JPEG, DICOM
// The machine is shared: CPU seconds are printed next to wall-clock seconds, and the load average before and after.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import { initBackend } from "@verticals/core";
import { findRealDataRoot } from "@verticals/data";
import { decodeUpload } from "../src/imaging/decode";
import { pipeline } from "../src/pipeline/index";
import { TriageModel } from "../src/pipeline/predict";
import { PIXELS, toModelPixels } from "../src/pipeline/preprocess";
import { ingestUpload } from "../src/server/ingest";
import { migrateStore, openStore } from "../src/store/client";
import { fixtureDicom } from "../test/support/dicom-fixture";

const { values } = parseArgs({ options: { "data-dir": { type: "string" }, "skip-evaluate": { type: "boolean", default: false } } });
const real = findRealDataRoot();
const dataDir = values["data-dir"] ?? (real && existsSync(join(real, "medical", "pneumoniamnist.npz")) ? join(real, "medical") : join(import.meta.dirname, "..", "..", "..", "data", "medical"));
const appDir = join(import.meta.dirname, "..");
const load = () => loadavg().map((v) => v.toFixed(2)).join(" ");
const log = { info: (m: string) => process.stderr.write(`  ${m}\n`), warn: (m: string) => process.stderr.write(`  ! ${m}\n`) };
const results: Record<string, unknown> = { data_dir: dataDir, load_before: load() };

const backend = await initBackend();
results.backend = `${backend.name}${backend.simd ? " SIMD" : ""}, ${backend.threads} thread(s)`;

// 1. evaluate
if (!values["skip-evaluate"]) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const metrics = await pipeline.evaluate({ dataDir, artifactsDir: mkdtempSync(join(tmpdir(), "triage-bench-")), databaseUrl: "file:/dev/null", seed: 42, log, signal: new AbortController().signal });
  const cpu = process.cpuUsage(cpu0);
  results.evaluate = { wall_seconds: (performance.now() - t0) / 1000, cpu_seconds: (cpu.user + cpu.system) / 1e6, metrics };
}

// 2. batch inference
const artifacts = mkdtempSync(join(tmpdir(), "triage-bench-model-"));
const ctx = { dataDir, artifactsDir: artifacts, databaseUrl: "file:/dev/null", seed: 42, log, signal: new AbortController().signal };
const modelDir = existsSync(join(appDir, ".verticals", "model", "card.json")) && !values["data-dir"] ? join(appDir, ".verticals", "model") : (await pipeline.train(ctx), join(artifacts, "model"));
const model = await TriageModel.load(modelDir);
const batch = new Uint8Array(4096 * PIXELS).map((_, i) => (i * 2654435761) % 251);
model.score(batch.subarray(0, 64 * PIXELS)); // warm-up
const runs: number[] = [];
for (let r = 0; r < 3; r++) {
  const t = performance.now();
  model.score(batch);
  runs.push(4096 / ((performance.now() - t) / 1000));
}
const heatStart = performance.now();
model.explain(batch.subarray(0, 256 * PIXELS));
results.inference = {
  images_per_second_best: Math.round(Math.max(...runs)),
  images_per_second_median: Math.round(runs.sort((a, b) => a - b)[1]!),
  batch: 4096,
  gradcam_images_per_second: Math.round(256 / ((performance.now() - heatStart) / 1000)),
};

// 3. one upload
const side = 1024;
const png = new PNG({ width: side, height: side });
for (let i = 0; i < side * side; i++) png.data.set([i % 253, i % 253, i % 253, 255], i * 4);
const pngBytes = new Uint8Array(PNG.sync.write(png));
const jpegBytes = new Uint8Array(jpeg.encode({ data: png.data, width: side, height: side }, 90).data);
const dicomBytes = fixtureDicom({ width: 1024, height: 1024, bits: 16 });
const storeDir = mkdtempSync(join(tmpdir(), "triage-bench-store-"));
const url = `file:${join(storeDir, "bench.db")}`;
await migrateStore(url, appDir);
const store = await openStore(url);
const upload: Record<string, unknown> = {};
for (const [name, bytes] of [["png 1024x1024", pngBytes], ["jpeg 1024x1024", jpegBytes], ["dicom 1024x1024 16-bit", dicomBytes]] as const) {
  const samples: number[] = [];
  const scoreOnly: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    const decoded = decodeUpload(bytes, name, { uidKey: "bench-key-0123456789" });
    const pixels = toModelPixels(decoded.image);
    model.score(pixels);
    model.explain(pixels);
    scoreOnly.push(performance.now() - t);
    const result = await ingestUpload(store, model, { bytes, name }, { maxBytes: 50e6, uidKey: "bench-key-0123456789", actor: "bench" });
    samples.push(result.timings.totalMs);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  upload[name] = { probability_and_heatmap_ms_median: Math.round(median(scoreOnly)), with_store_write_ms_median: Math.round(median(samples)) };
}
results.upload = upload;
await store.$disconnect();
rmSync(artifacts, { recursive: true, force: true });
rmSync(storeDir, { recursive: true, force: true });
results.load_after = load();
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
