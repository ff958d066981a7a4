import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach } from "@jest/globals";
import { locateModel, MOBILENET_V2_INT8, type ModelLocation, type PretrainedModelSpec } from "../src/index";

const made: string[] = [];

/** A fresh temp folder, removed after the test. */
export async function tempDir(prefix = "pretrained-test-"): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

export function sha256(bytes: string | Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Deterministic bytes (a small LCG): fixtures never use Math.random. */
export function seededBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  const imul = Math.imul;
  let s = seed >>> 0;
  for (let i = 0; i < length; i++) {
    s = (imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

/** Seeded floats uniform in [-1, 1), one LCG step each; views into one buffer (fast enough for 5,000 x 1280). */
export function seededVectors(count: number, dim: number, seed: number): Float32Array[] {
  const all = new Float32Array(count * dim);
  // A local alias: looking Math up on jest's sandbox global in a hot loop is ~300x slower.
  const imul = Math.imul;
  let s = seed >>> 0;
  for (let i = 0; i < all.length; i++) {
    s = (imul(s, 1664525) + 1013904223) >>> 0;
    all[i] = s / 2147483648 - 1;
  }
  return Array.from({ length: count }, (_, r) => all.subarray(r * dim, (r + 1) * dim));
}

export const FAKE_FILES: Record<string, string> = {
  "config.json": `{"model_type":"mobilenet_v2"}\n`,
  "preprocessor_config.json": `${JSON.stringify({
    do_resize: true,
    size: { shortest_edge: 256 },
    resample: 2,
    do_center_crop: true,
    crop_size: { height: 224, width: 224 },
    do_rescale: true,
    rescale_factor: 1 / 255,
    do_normalize: true,
    image_mean: [0.485, 0.456, 0.406],
    image_std: [0.229, 0.224, 0.225],
  })}\n`,
  "onnx/model_quantized.onnx": "not really onnx: availability and fetch only look at bytes\n",
};

/** A registry-shaped spec whose pinned checksums are those of FAKE_FILES (no real weights needed). */
export function fakeSpec(overrides: Partial<PretrainedModelSpec> = {}): PretrainedModelSpec {
  const files = Object.entries(FAKE_FILES).map(([path, text]) => ({ path, sha256: sha256(text) }));
  return {
    ...MOBILENET_V2_INT8,
    id: "fake-model",
    files,
    hub: { id: "tester/fake-model", revision: "main", files, note: "fixture" },
    ...overrides,
  };
}

/** Write FAKE_FILES under `<modelsDir>/<folder>`. */
export async function writeFakeModel(modelsDir: string, folder: string, files = FAKE_FILES): Promise<string> {
  const dir = join(modelsDir, folder);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

/** The real curated MobileNetV2 folder when this machine has it (../shared/models or VERTICALS_MODELS_DIR). */
export async function realModel(): Promise<ModelLocation | undefined> {
  try {
    return await locateModel(MOBILENET_V2_INT8.id);
  } catch {
    return undefined;
  }
}
