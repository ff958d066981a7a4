// Frozen MobileNetV2 embeddings of every image, for the transfer-learning head and similar-case search.
// The backbone comes from the models directory (@verticals/pretrained: VERTICALS_MODELS_DIR, else
// <repo>/../shared/models); when it is absent everything here answers "unavailable" with the reason, and the
// app carries on with its own CNN. Vectors are cached on disk by model key and image content, so a second
// run (or `seed` after `train`) embeds nothing.
import { join } from "node:path";
import { createStepProgress } from "@verticals/core";
import { createImageEmbedder, embedCached, EmbeddingCache, modelAvailability, type ImageEmbedder, type PixelImage } from "@verticals/pretrained";
import { IMAGE_SIZE, PIXELS } from "./preprocess";

export const EMBEDDING_CACHE_DIR = "embeddings";

export interface EmbedderSource {
  /** A ready embedder (tests pass a small fake); default: the registry's MobileNetV2 from the models directory. */
  embedder?: ImageEmbedder;
  /** Environment read for VERTICALS_MODELS_DIR and friends (default process.env). */
  env?: Record<string, string | undefined>;
}

export type EmbedderResolution = { available: true; embedder: ImageEmbedder; model: string } | { available: false; model: string; reason: string };

const holder = globalThis as unknown as { __triageEmbedders?: Map<string, Promise<EmbedderResolution>> };

/** The pretrained embedder, or why there is none. Never throws; one onnxruntime session per process and setting. */
export function resolveEmbedder(source: EmbedderSource = {}): Promise<EmbedderResolution> {
  if (source.embedder) return Promise.resolve({ available: true, embedder: source.embedder, model: source.embedder.modelId });
  const env = source.env ?? process.env;
  const key = `${env.VERTICALS_MODELS_DIR ?? ""}|${env.VERTICALS_ALLOW_REMOTE_MODELS ?? ""}`;
  const cache = (holder.__triageEmbedders ??= new Map());
  let found = cache.get(key);
  if (!found) {
    found = (async (): Promise<EmbedderResolution> => {
      const availability = await modelAvailability(undefined, { env });
      if (!availability.available) return { available: false, model: availability.model, reason: availability.reason ?? availability.status };
      try {
        const embedder = await createImageEmbedder({ env });
        return { available: true, embedder, model: availability.model };
      } catch (error) {
        return { available: false, model: availability.model, reason: (error as Error).message };
      }
    })();
    cache.set(key, found);
  }
  return found;
}

/** Each 784-byte model input as a 28x28 grey image (views, no copy). */
export function pixelImages(pixels: Uint8Array): PixelImage[] {
  const count = pixels.length / PIXELS;
  return Array.from({ length: count }, (_, i) => ({ width: IMAGE_SIZE, height: IMAGE_SIZE, data: pixels.subarray(i * PIXELS, (i + 1) * PIXELS) }));
}

export interface EmbeddedSet {
  /** count x dim floats, row-major. */
  vectors: Float32Array;
  count: number;
  dim: number;
}

export interface EmbedRun {
  sets: EmbeddedSet[];
  modelKey: string;
  /** Images answered from the cache / embedded now. */
  hits: number;
  embedded: number;
  seconds: number;
}

/**
 * Embeds several pixel sets (e.g. train, val, test) in one pass with a progress line on stderr, through the
 * on-disk cache under `<artifactsDir>/embeddings`.
 */
export async function embedPixelSets(
  embedder: ImageEmbedder,
  sets: Uint8Array[],
  options: { artifactsDir: string; label?: string; quiet?: boolean },
): Promise<EmbedRun> {
  const started = performance.now();
  const images = sets.flatMap((pixels) => pixelImages(pixels));
  const cache = await EmbeddingCache.open({ dir: join(options.artifactsDir, EMBEDDING_CACHE_DIR), modelKey: embedder.modelKey, dim: embedder.dim });
  let progress: ReturnType<typeof createStepProgress> | undefined;
  const result = await embedCached(embedder, images, {
    cache,
    onProgress: ({ done, total }) => {
      if (options.quiet) return;
      progress ??= createStepProgress({ label: options.label ?? `embedding (${embedder.modelId})`, total, unit: "images" });
      progress.update(done);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  progress?.finish(`${result.embedded} embedded, ${result.hits} from the cache`);
  const dim = embedder.dim;
  const out: EmbeddedSet[] = [];
  let offset = 0;
  for (const pixels of sets) {
    const count = pixels.length / PIXELS;
    const vectors = new Float32Array(count * dim);
    for (let i = 0; i < count; i++) vectors.set(result.vectors[offset + i]!, i * dim);
    out.push({ vectors, count, dim });
    offset += count;
  }
  return { sets: out, modelKey: embedder.modelKey, hits: result.hits, embedded: result.embedded, seconds };
}
