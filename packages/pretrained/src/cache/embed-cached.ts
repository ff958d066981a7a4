import { rowsOf, type EmbedOptions, type ImageEmbedder } from "../embed/image-embedder";
import type { PixelImage } from "../preprocess/pixel-image";
import { PretrainedError } from "../errors/pretrained-error";
import { EmbeddingCache } from "./embedding-cache";
import { imageKey } from "./image-key";

export interface EmbedCachedOptions extends EmbedOptions {
  /** An open cache, or the folder to open one in (for this embedder's model key). */
  cache: EmbeddingCache | string;
  /** Save after this many new vectors, so an interrupted run keeps its work (default 1024). */
  saveEvery?: number;
}

export interface EmbedCachedResult {
  /** One vector per image, in order (views into one new buffer: they stay valid whatever the cache does next). */
  vectors: Float32Array[];
  /** Images answered from the cache. */
  hits: number;
  /** Images embedded now (identical images in one call are embedded once). */
  embedded: number;
  cache: EmbeddingCache;
}

/** Embed only what the cache lacks, store it, save; identical pixels are never embedded twice. */
export async function embedCached(embedder: ImageEmbedder, images: readonly PixelImage[], options: EmbedCachedOptions): Promise<EmbedCachedResult> {
  const cache =
    typeof options.cache === "string"
      ? await EmbeddingCache.open({ dir: options.cache, modelKey: embedder.modelKey, dim: embedder.dim })
      : options.cache;
  if (cache.modelKey !== embedder.modelKey || cache.dim !== embedder.dim) {
    throw new PretrainedError("bad-input", `embedCached: the cache holds ${cache.modelKey} (${cache.dim}-d), the embedder is ${embedder.modelKey} (${embedder.dim}-d)`);
  }
  const keys = images.map(imageKey);
  const todo: number[] = [];
  const queued = new Set<string>();
  let hits = 0;
  keys.forEach((key, i) => {
    if (cache.has(key)) hits++;
    else if (!queued.has(key)) {
      queued.add(key);
      todo.push(i);
    }
  });
  const saveEvery = options.saveEvery ?? 1024;
  for (let start = 0; start < todo.length; start += saveEvery) {
    const chunk = todo.slice(start, start + saveEvery);
    const vectors = await embedder.embed(
      chunk.map((i) => images[i]!),
      options.onProgress ? { onProgress: (p) => options.onProgress!({ done: start + p.done, total: todo.length }) } : {},
    );
    chunk.forEach((imageIndex, j) => cache.set(keys[imageIndex]!, vectors[j]!));
    await cache.save();
  }
  const out = new Float32Array(keys.length * embedder.dim);
  keys.forEach((key, i) => out.set(cache.get(key)!, i * embedder.dim));
  return { vectors: rowsOf(out, keys.length, embedder.dim), hits, embedded: todo.length, cache };
}
