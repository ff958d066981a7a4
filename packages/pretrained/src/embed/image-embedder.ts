import type { PixelImage } from "../preprocess/pixel-image";
import type { ModelLocation } from "../resolve/locate-model";

/**
 * onnxruntime: our Pillow-exact preprocessing + onnxruntime-node (default; ~10x faster on 28 px images).
 * transformers: transformers.js's `image-feature-extraction` pipeline (sharp preprocessing, which differs
 * from Pillow's for large upscales), kept for comparison and for models whose preprocessing we lack.
 */
export type EmbeddingBackend = "onnxruntime" | "transformers";

export interface EmbedProgress {
  done: number;
  total: number;
}

export interface EmbedOptions {
  onProgress?: (progress: EmbedProgress) => void;
}

/** Turns images into fixed-length vectors. The pretrained embedder and test fakes share this shape. */
export interface ImageEmbedder {
  /** Registry id of the model. */
  readonly modelId: string;
  /** Exact identity of the vectors (model copy, weights checksum, backend, preprocessing): the cache key. */
  readonly modelKey: string;
  readonly dim: number;
  /** One vector per image, in order (views into one shared buffer). */
  embed(images: readonly PixelImage[], options?: EmbedOptions): Promise<Float32Array[]>;
}

export interface PretrainedImageEmbedder extends ImageEmbedder {
  readonly backend: EmbeddingBackend;
  readonly location: ModelLocation;
  readonly batchSize: number;
  readonly threads: number;
}

/** Bump when preprocessing changes in a way that changes the vectors: old cache entries then miss. */
export const PREPROCESSING_VERSION = 1;

export function modelKeyOf(location: ModelLocation, backend: EmbeddingBackend): string {
  const preprocessing = backend === "onnxruntime" ? `pil-v${PREPROCESSING_VERSION}` : "transformers.js";
  return `${location.loadId}@sha256:${location.weightsSha256.slice(0, 16)}/${backend}/${preprocessing}`;
}

/** Views of `count` consecutive vectors of length `dim` in `data`. */
export function rowsOf(data: Float32Array, count: number, dim: number): Float32Array[] {
  return Array.from({ length: count }, (_, i) => data.subarray(i * dim, (i + 1) * dim));
}
