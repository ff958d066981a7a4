// The real MobileNetV2 folder, loaded with remote loading off. Skips (with a message) where it is absent.
import { describe, expect, it } from "@jest/globals";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { findRealDataRoot, loadMedmnist } from "@verticals/data";
import {
  createImageEmbedder,
  embedCached,
  loadTransformers,
  modelAvailability,
  NearestNeighbourIndex,
  PixelValuesPlan,
  splitImages,
  type PixelImage,
} from "../src/index";
import { realModel, seededBytes, tempDir } from "./helpers";

const location = await realModel();
if (!location) {
  console.log(
    "[skip] real-model tests: no mobilenet_v2_1.0_224-int8 folder (set VERTICALS_MODELS_DIR, or run `pnpm models fetch mobilenet_v2_1.0_224-int8`)",
  );
}
const npz = (() => {
  const root = findRealDataRoot();
  if (!root) console.log("[skip] real PneumoniaMNIST check: no ../shared/datasets and VERTICALS_REAL_DATA_DIR is unset");
  return root ? resolve(root, "medical", "pneumoniamnist.npz") : undefined;
})();

/** Smooth blobs rather than noise: closer to what the network was trained on, and clearly distinct. */
function blob(i: number): PixelImage {
  const data = new Uint8Array(784);
  const noise = seededBytes(784, i);
  const cx = 6 + (i * 5) % 16;
  const cy = 6 + (i * 11) % 16;
  for (let y = 0; y < 28; y++) {
    for (let x = 0; x < 28; x++) {
      const d = Math.hypot(x - cx, y - cy);
      data[y * 28 + x] = Math.min(255, Math.max(0, 230 - d * (6 + i) + (noise[y * 28 + x]! >> 4)));
    }
  }
  return { width: 28, height: 28, data };
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! ** 2;
    nb += b[i]! ** 2;
  }
  return dot / Math.sqrt(na * nb);
}

(location ? describe : describe.skip)("real MobileNetV2 (local folder, remote off)", () => {
  const images = Array.from({ length: 10 }, (_, i) => blob(i));

  it("is ready and verified against the registry's checksums", async () => {
    const status = await modelAvailability();
    expect(status).toMatchObject({ status: "ready", available: true });
    expect(status.location).toMatchObject({ variant: "curated", verifiedAgainst: "registry" });
  });

  it("embeds 28x28 grey images into pooled 1280-d vectors, deterministically and independent of batching", async () => {
    const embedder = await createImageEmbedder({ env: {}, batchSize: 4 });
    expect(embedder).toMatchObject({ dim: 1280, backend: "onnxruntime", modelId: "mobilenet_v2_1.0_224-int8" });
    expect(embedder.modelKey).toMatch(/^mobilenet_v2_1\.0_224-int8@sha256:998ba75936074098\/onnxruntime\/pil-v1$/);
    const vectors = await embedder.embed(images);
    expect(vectors).toHaveLength(10);
    for (const v of vectors) {
      expect(v).toHaveLength(1280);
      expect(v.every((x) => Number.isFinite(x) && x >= 0)).toBe(true); // average-pooled ReLU6 activations
      expect(Math.max(...v)).toBeGreaterThan(0);
    }
    const again = await embedder.embed(images);
    expect(Array.from(again[3]!)).toEqual(Array.from(vectors[3]!));
    const single = await (await createImageEmbedder({ env: {}, batchSize: 1 })).embed(images.slice(0, 5));
    single.forEach((v, i) => expect(cosine(v, vectors[i]!)).toBeGreaterThan(0.9999));
    expect(cosine(vectors[0]!, vectors[9]!)).toBeLessThan(0.99);
  });

  it("concurrent embed calls (e.g. two web requests) give the same vectors as one after the other", async () => {
    const embedder = await createImageEmbedder({ env: {}, batchSize: 2 });
    const [a, b] = await Promise.all([embedder.embed(images.slice(0, 5)), embedder.embed(images.slice(5, 10))]);
    const sequential = await embedder.embed(images);
    [...a, ...b].forEach((v, i) => expect(Array.from(v)).toEqual(Array.from(sequential[i]!)));
  });

  it("an image's nearest neighbour among real embeddings is itself", async () => {
    const embedder = await createImageEmbedder({ env: {} });
    const vectors = await embedder.embed(images);
    const index = new NearestNeighbourIndex(embedder.dim);
    vectors.forEach((v, i) => index.add(`img-${i}`, v));
    vectors.forEach((v, i) => expect(index.query(v, 1)[0]!.id).toBe(`img-${i}`));
  });

  it("transformers.js loads the same folder offline and gives the same pooler_output for the same pixel_values", async () => {
    const transformers = await loadTransformers({ modelsDir: location!.root, env: {} });
    expect(transformers.env.allowRemoteModels).toBe(false);
    const model = await transformers.AutoModel.from_pretrained(location!.loadId, { dtype: "q8" });
    const plan = new PixelValuesPlan(location!.spec.preprocessing);
    const values = new Float32Array(plan.valuesPerImage);
    plan.write(images[2]!, values, 0);
    const output = await model({ pixel_values: new transformers.Tensor("float32", values, [1, 3, 224, 224]) });
    const pooled = output.pooler_output.data as Float32Array;
    const ours = (await (await createImageEmbedder({ env: {} })).embed([images[2]!]))[0]!;
    let maxDiff = 0;
    for (let i = 0; i < 1280; i++) maxDiff = Math.max(maxDiff, Math.abs(pooled[i]! - ours[i]!));
    expect(maxDiff).toBeLessThan(1e-4);
    await model.dispose();
  });

  it("the transformers.js pipeline backend gives 1280-d vectors close to ours (its sharp resize differs from Pillow's)", async () => {
    const pipelineEmbedder = await createImageEmbedder({ env: {}, backend: "transformers" });
    expect(pipelineEmbedder.modelKey).toMatch(/\/transformers\/transformers\.js$/);
    const theirs = await pipelineEmbedder.embed(images.slice(0, 3));
    const ours = await (await createImageEmbedder({ env: {} })).embed(images.slice(0, 3));
    theirs.forEach((v, i) => {
      expect(v).toHaveLength(1280);
      const c = cosine(v, ours[i]!);
      console.log(`[parity] pipeline vs onnxruntime backend, image ${i}: cosine ${c.toFixed(3)}`);
      expect(c).toBeGreaterThan(0.8);
    });
  });

  it("with remote loading on and no local copy, downloads the hub equivalent (here a 127.0.0.1 stand-in) and embeds", async () => {
    // The stand-in hub serves the curated files under the hub id, as a mirror would.
    const server = createServer((req, res) => {
      const match = /^\/Xenova\/mobilenet_v2_1\.0_224\/resolve\/main\/(.+)$/.exec(req.url ?? "");
      if (!match) return void res.writeHead(404).end();
      readFile(join(location!.dir, match[1]!)).then(
        (bytes) => res.writeHead(200, { "content-length": bytes.byteLength }).end(bytes),
        () => res.writeHead(404).end(),
      );
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    try {
      const modelsDir = await tempDir();
      const hubUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const embedder = await createImageEmbedder({ modelsDir, env: { VERTICALS_ALLOW_REMOTE_MODELS: "1" }, hubUrl });
      expect(embedder.location).toMatchObject({ variant: "hub-copy", dir: join(modelsDir, "Xenova", "mobilenet_v2_1.0_224") });
      expect(embedder.location.verifiedAgainst).toBe("fetch-record");
      expect(embedder.modelKey).toMatch(/^Xenova\/mobilenet_v2_1\.0_224@sha256:998ba75936074098\//);
      const [vector] = await embedder.embed([images[0]!]);
      const [curated] = await (await createImageEmbedder({ env: {} })).embed([images[0]!]);
      expect(Array.from(vector!)).toEqual(Array.from(curated!));
      // Remote off again: the downloaded copy now loads offline by its hub id.
      const offline = await createImageEmbedder({ model: "Xenova/mobilenet_v2_1.0_224", modelsDir, env: {} });
      expect(offline.location.variant).toBe("hub-copy");
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
  });

  (npz ? it : it.skip)("on real PneumoniaMNIST the vectors carry the diagnosis (leave-one-out 5-NN, 160 train images)", async () => {
    const data = await loadMedmnist(npz!);
    const all = splitImages(data.train);
    // 80 of each class, first in file order: balanced, so chance is 0.5.
    const picked: number[] = [];
    for (const label of [0, 1]) {
      const ofLabel = [...data.train.labels.keys()].filter((i) => data.train.labels[i] === label);
      picked.push(...ofLabel.slice(0, 80));
    }
    const embedder = await createImageEmbedder({ env: {} });
    const start = performance.now();
    const { vectors } = await embedCached(embedder, picked.map((i) => all[i]!), { cache: await tempDir() });
    const perImage = (performance.now() - start) / picked.length;
    const index = new NearestNeighbourIndex(embedder.dim);
    vectors.forEach((v, j) => index.add(String(j), v));
    let correct = 0;
    vectors.forEach((v, j) => {
      const near = index.query(v, 5, (id) => id !== String(j));
      const votes = near.filter((n) => data.train.labels[picked[n.index]!] === 1).length;
      if ((votes >= 3 ? 1 : 0) === data.train.labels[picked[j]!]) correct++;
    });
    const accuracy = correct / vectors.length;
    console.log(`[real data] 5-NN leave-one-out accuracy ${accuracy.toFixed(3)} on ${vectors.length} balanced images; ${perImage.toFixed(1)} ms/image`);
    expect(accuracy).toBeGreaterThan(0.7);
  });
});
