import { join } from "node:path";
import { isPretrainedError, PretrainedError } from "../errors/pretrained-error";
import { readVectorStore, writeVectorStore } from "./vector-file";

const FORMAT = "verticals-embedding-cache";
const NAME = "embeddings";

interface CacheExtra {
  modelKey: string;
  keys: string[];
}

export interface EmbeddingCacheOptions {
  /** The app's cache folder; each model key gets its own sub-folder. */
  dir: string;
  /** `embedder.modelKey`: vectors of another model, weights or preprocessing never mix. */
  modelKey: string;
  dim: number;
  /** A damaged cache is discarded and rebuilt (default) or reported as a "store-format" error. */
  onDamaged?: "rebuild" | "throw";
}

/** Folder name for a model key (keys hold `/`, `@`, `:`). */
export function cacheFolderName(modelKey: string): string {
  return modelKey.replace(/[^\w.-]+/g, "_");
}

/**
 * Embeddings on disk, keyed by image content: one float32 file and a JSON index per model key, replaced
 * atomically on `save()`. Lookups and additions are in memory until then.
 */
export class EmbeddingCache {
  private keys: string[] = [];
  private readonly rows = new Map<string, number>();
  private data: Float32Array;
  private generation = 0;
  private savedCount = 0;
  /** Why the file on disk was discarded, when it was (onDamaged "rebuild"). */
  discarded: string | undefined;

  private constructor(
    readonly dir: string,
    readonly modelKey: string,
    readonly dim: number,
  ) {
    this.data = new Float32Array(dim * 1024);
  }

  /** Open (or start) the cache of one model key under `dir`. */
  static async open(options: EmbeddingCacheOptions): Promise<EmbeddingCache> {
    const cache = new EmbeddingCache(join(options.dir, cacheFolderName(options.modelKey)), options.modelKey, options.dim);
    try {
      const stored = await readVectorStore<CacheExtra>(cache.dir, NAME, FORMAT);
      if (stored) cache.load(stored.header.extra, stored.header.dim, stored.header.count, stored.vectors, stored.header.generation);
    } catch (error) {
      if (options.onDamaged === "throw" || !isPretrainedError(error, "store-format")) throw error;
      cache.discarded = error.message;
    }
    return cache;
  }

  private load(extra: CacheExtra, dim: number, count: number, vectors: Float32Array, generation: number): void {
    const where = join(this.dir, `${NAME}.json`);
    if (extra.modelKey !== this.modelKey || dim !== this.dim || extra.keys.length !== count) {
      throw new PretrainedError(
        "store-format",
        `${where}: holds ${extra.keys.length} x ${dim} vectors of ${JSON.stringify(extra.modelKey)}, expected ${this.dim}-d vectors of ${JSON.stringify(this.modelKey)}`,
      );
    }
    this.keys = extra.keys;
    extra.keys.forEach((key, row) => this.rows.set(key, row));
    this.data = vectors;
    this.generation = generation;
    this.savedCount = count;
  }

  get size(): number {
    return this.keys.length;
  }

  /** Entries added since the last save. */
  get unsaved(): number {
    return this.keys.length - this.savedCount;
  }

  has(key: string): boolean {
    return this.rows.has(key);
  }

  /** A copy-free view of the stored vector (valid until the next `set` grows the buffer). */
  get(key: string): Float32Array | undefined {
    const row = this.rows.get(key);
    return row === undefined ? undefined : this.data.subarray(row * this.dim, (row + 1) * this.dim);
  }

  set(key: string, vector: ArrayLike<number>): void {
    if (vector.length !== this.dim) {
      throw new PretrainedError("bad-input", `embedding for ${key.slice(0, 12)}…: expected ${this.dim} values, got ${vector.length}`);
    }
    let row = this.rows.get(key);
    if (row === undefined) {
      row = this.keys.length;
      if ((row + 1) * this.dim > this.data.length) {
        const grown = new Float32Array(Math.max(this.data.length * 2, (row + 1) * this.dim));
        grown.set(this.data);
        this.data = grown;
      }
      this.keys.push(key);
      this.rows.set(key, row);
    }
    this.data.set(vector, row * this.dim);
  }

  /** Write everything atomically (a no-op when nothing changed). */
  async save(): Promise<void> {
    if (this.unsaved === 0 && this.generation > 0) return;
    const header = await writeVectorStore<CacheExtra>(this.dir, NAME, FORMAT, {
      dim: this.dim,
      count: this.keys.length,
      vectors: this.data,
      extra: { modelKey: this.modelKey, keys: this.keys },
      previousGeneration: this.generation,
    });
    this.generation = header.generation;
    this.savedCount = this.keys.length;
  }
}
