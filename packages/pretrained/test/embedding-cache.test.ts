import { describe, expect, it } from "@jest/globals";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { cacheFolderName, embedCached, EmbeddingCache, imageKey, type ImageEmbedder, type PixelImage } from "../src/index";
import { seededBytes, tempDir } from "./helpers";

/** A deterministic stand-in embedder (no weights): vector = a few pixel statistics; counts what it embeds. */
class CountingEmbedder implements ImageEmbedder {
  readonly dim = 4;
  calls = 0;
  embedded = 0;
  constructor(readonly modelKey = "fake@sha256:0000/onnxruntime/pil-v1") {}
  get modelId() {
    return "fake";
  }
  async embed(images: readonly PixelImage[]): Promise<Float32Array[]> {
    this.calls++;
    this.embedded += images.length;
    return images.map((img) => {
      let sum = 0;
      for (const v of img.data) sum += v;
      return Float32Array.from([sum / img.data.length, img.data[0]!, img.data[img.data.length - 1]!, img.width]);
    });
  }
}

function images(count: number, seed: number): PixelImage[] {
  return Array.from({ length: count }, (_, i) => ({ width: 28, height: 28, data: seededBytes(784, seed * 1000 + i) }));
}

describe("embedding cache", () => {
  it("a cached run re-embeds nothing, also after reopening from disk", async () => {
    const dir = await tempDir();
    const embedder = new CountingEmbedder();
    const batch = images(50, 1);
    const first = await embedCached(embedder, batch, { cache: dir });
    expect(first).toMatchObject({ hits: 0, embedded: 50 });
    expect(embedder.embedded).toBe(50);

    const fresh = new CountingEmbedder();
    const second = await embedCached(fresh, batch, { cache: dir });
    expect(second).toMatchObject({ hits: 50, embedded: 0 });
    expect(fresh.calls).toBe(0);
    second.vectors.forEach((v, i) => expect(Array.from(v)).toEqual(Array.from(first.vectors[i]!)));
  });

  it("embeds only new images, and identical pixels once", async () => {
    const dir = await tempDir();
    const embedder = new CountingEmbedder();
    await embedCached(embedder, images(20, 2), { cache: dir });
    const more = [...images(20, 2), ...images(5, 3), ...images(5, 3)];
    const result = await embedCached(embedder, more, { cache: dir });
    expect(result).toMatchObject({ hits: 20, embedded: 5 });
    expect(embedder.embedded).toBe(25);
    expect(result.cache.size).toBe(25);
    expect(Array.from(result.vectors[25]!)).toEqual(Array.from(result.vectors[20]!));
  });

  it("keys on content and shape: the same bytes as 28x28 and 14x56 are different images", () => {
    const data = seededBytes(784, 9);
    expect(imageKey({ width: 28, height: 28, data })).toBe(imageKey({ width: 28, height: 28, data: Uint8Array.from(data) }));
    expect(imageKey({ width: 28, height: 28, data })).not.toBe(imageKey({ width: 14, height: 56, data }));
    expect(imageKey({ width: 28, height: 28, data })).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keeps each model key apart", async () => {
    const dir = await tempDir();
    const a = new CountingEmbedder("model-a@sha256:aaaa/onnxruntime/pil-v1");
    const b = new CountingEmbedder("model-b@sha256:bbbb/onnxruntime/pil-v1");
    const batch = images(10, 4);
    await embedCached(a, batch, { cache: dir });
    expect((await embedCached(b, batch, { cache: dir })).embedded).toBe(10);
    expect((await readdir(dir)).sort()).toEqual([cacheFolderName(a.modelKey), cacheFolderName(b.modelKey)].sort());
    const opened = await EmbeddingCache.open({ dir, modelKey: b.modelKey, dim: 4 });
    await expect(embedCached(a, batch, { cache: opened })).rejects.toMatchObject({ code: "bad-input" });
  });

  it("stores one float32 file + JSON index, replacing the data file atomically per save", async () => {
    const dir = await tempDir();
    const embedder = new CountingEmbedder();
    await embedCached(embedder, images(3, 5), { cache: dir });
    await embedCached(embedder, images(4, 6), { cache: dir });
    const folder = join(dir, cacheFolderName(embedder.modelKey));
    expect((await readdir(folder)).sort()).toEqual(["embeddings.2.f32", "embeddings.json"]);
    const header = JSON.parse(await readFile(join(folder, "embeddings.json"), "utf8"));
    expect(header).toMatchObject({ format: "verticals-embedding-cache", dim: 4, count: 7, dataFile: "embeddings.2.f32", generation: 2 });
    expect(header.extra.keys).toHaveLength(7);
    expect((await readFile(join(folder, "embeddings.2.f32"))).byteLength).toBe(7 * 4 * 4);
  });

  it("saves along the way, so an interrupted run keeps what it embedded", async () => {
    const dir = await tempDir();
    const embedder = new CountingEmbedder();
    const failing: ImageEmbedder = {
      modelId: "fake",
      modelKey: embedder.modelKey,
      dim: 4,
      embed: async (batch) => {
        if (embedder.calls === 2) throw new Error("killed");
        return embedder.embed(batch);
      },
    };
    await expect(embedCached(failing, images(25, 7), { cache: dir, saveEvery: 10 })).rejects.toThrow("killed");
    const resumed = new CountingEmbedder();
    expect(await embedCached(resumed, images(25, 7), { cache: dir, saveEvery: 10 })).toMatchObject({ hits: 20, embedded: 5 });
  });

  it("a damaged cache is rebuilt (and says why), or reported when asked", async () => {
    const dir = await tempDir();
    const embedder = new CountingEmbedder();
    await embedCached(embedder, images(3, 8), { cache: dir });
    const folder = join(dir, cacheFolderName(embedder.modelKey));
    await writeFile(join(folder, "embeddings.1.f32"), new Uint8Array(10));
    const rebuilt = await EmbeddingCache.open({ dir, modelKey: embedder.modelKey, dim: 4 });
    expect(rebuilt.size).toBe(0);
    expect(rebuilt.discarded).toMatch(/embeddings\.1\.f32: expected 48 bytes \(3 x 4 float32\), got 10/);
    await expect(EmbeddingCache.open({ dir, modelKey: embedder.modelKey, dim: 4, onDamaged: "throw" })).rejects.toMatchObject({
      code: "store-format",
    });
    expect((await embedCached(embedder, images(3, 8), { cache: rebuilt })).embedded).toBe(3);
  });

  it("refuses a vector of the wrong length", async () => {
    const cache = await EmbeddingCache.open({ dir: await tempDir(), modelKey: "m", dim: 4 });
    expect(() => cache.set("k", [1, 2, 3])).toThrow(/expected 4 values, got 3/);
  });
});
