// Measures the numbers the README quotes, on the real PneumoniaMNIST file:
//   pnpm bench [-- --batch 8 --threads 1 --limit 5232 --transformers 200]
// Embedding throughput (onnxruntime and transformers.js backends), cold and warm embedding cache, nearest-
// neighbour query time, and a 5-NN check that the vectors carry the label (val split against train).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { findRealDataRoot, loadMedmnist } from "@verticals/data";
import {
  createImageEmbedder,
  embedCached,
  EmbeddingCache,
  modelAvailability,
  NearestNeighbourIndex,
  splitImages,
  type PixelImage,
} from "../src/index";

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

function auc(scores: number[], labels: number[]): number {
  const pairs = scores.map((s, i) => [s, labels[i]!] as const).sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < pairs.length; ) {
    let j = i;
    while (j < pairs.length && pairs[j]![0] === pairs[i]![0]) j++;
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) {
      if (pairs[k]![1] !== 1) continue;
      rankSum += rank;
      positives++;
    }
    i = j;
  }
  const negatives = pairs.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

const root = findRealDataRoot();
if (!root) throw new Error("no real data (../shared/datasets or VERTICALS_REAL_DATA_DIR)");
const availability = await modelAvailability();
if (!availability.available) throw new Error(availability.reason);

const data = await loadMedmnist(resolve(root, "medical", "pneumoniamnist.npz"));
const splits = [data.train, data.val, ...(data.test ? [data.test] : [])];
const all: PixelImage[] = splits.flatMap((s) => splitImages(s));
const labels = splits.flatMap((s) => Array.from(s.labels));
const limit = Math.min(flag("limit", all.length), all.length);
const images = all.slice(0, limit);
console.log(`PneumoniaMNIST: ${all.length} images (${splits.map((s) => s.count).join(" + ")}), embedding ${limit}`);

const embedder = await createImageEmbedder({ batchSize: flag("batch", 8), threads: flag("threads", 0) || undefined });
console.log(`model ${embedder.modelKey}, batch ${embedder.batchSize}, threads ${embedder.threads}`);

const dir = await mkdtemp(join(tmpdir(), "pretrained-bench-"));
try {
  let t = performance.now();
  const cold = await embedCached(embedder, images, { cache: dir });
  const coldMs = performance.now() - t;
  console.log(`cold: embedded ${cold.embedded} in ${(coldMs / 1000).toFixed(1)} s = ${((cold.embedded * 1000) / coldMs).toFixed(0)} images/s (incl. hashing + cache write)`);

  t = performance.now();
  const reopened = await EmbeddingCache.open({ dir, modelKey: embedder.modelKey, dim: embedder.dim });
  const warm = await embedCached(embedder, images, { cache: reopened });
  const warmMs = performance.now() - t;
  console.log(`warm: ${warm.hits} hits, ${warm.embedded} embedded, ${warmMs.toFixed(0)} ms (open + hash + lookup)`);

  t = performance.now();
  const index = new NearestNeighbourIndex(embedder.dim);
  warm.vectors.forEach((v, i) => index.add(String(i), v));
  console.log(`index: ${index.size} x ${index.dim} built in ${(performance.now() - t).toFixed(0)} ms`);
  const queries = Math.min(200, index.size);
  let selfFirst = 0;
  t = performance.now();
  for (let q = 0; q < queries; q++) if (index.query(warm.vectors[q]!, 5)[0]!.id === String(q)) selfFirst++;
  console.log(`query: ${((performance.now() - t) / queries).toFixed(2)} ms per top-5 over ${index.size}; self first ${selfFirst}/${queries}`);

  // 5-NN: val images against train images only (no leakage), score = share of pneumonia neighbours.
  const trainCount = data.train.count;
  if (limit > trainCount) {
    const valEnd = Math.min(limit, trainCount + data.val.count);
    const scores: number[] = [];
    const truth: number[] = [];
    let correct = 0;
    for (let i = trainCount; i < valEnd; i++) {
      const near = index.query(warm.vectors[i]!, 5, (_id, position) => position < trainCount);
      const share = near.filter((n) => labels[n.index] === 1).length / near.length;
      scores.push(share);
      truth.push(labels[i]!);
      if ((share >= 0.5 ? 1 : 0) === labels[i]) correct++;
    }
    console.log(`5-NN val (${scores.length} images vs ${trainCount} train): accuracy ${(correct / scores.length).toFixed(3)}, AUC ${auc(scores, truth).toFixed(3)}`);
  }

  const tjsCount = Math.min(flag("transformers", 100), limit);
  if (tjsCount > 0) {
    const tjs = await createImageEmbedder({ backend: "transformers", threads: embedder.threads });
    t = performance.now();
    const tjsVectors = await tjs.embed(images.slice(0, tjsCount));
    const tjsMs = performance.now() - t;
    let cos = 0;
    tjsVectors.forEach((v, i) => {
      const w = warm.vectors[i]!;
      let dot = 0;
      let a = 0;
      let b = 0;
      for (let j = 0; j < v.length; j++) {
        dot += v[j]! * w[j]!;
        a += v[j]! ** 2;
        b += w[j]! ** 2;
      }
      cos += dot / Math.sqrt(a * b);
    });
    console.log(`transformers.js backend: ${((tjsCount * 1000) / tjsMs).toFixed(0)} images/s on ${tjsCount}; mean cosine to onnxruntime vectors ${(cos / tjsCount).toFixed(3)}`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
