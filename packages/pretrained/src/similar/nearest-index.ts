import { PretrainedError } from "../errors/pretrained-error";
import { readVectorStore, writeVectorStore } from "../cache/vector-file";
import { topK } from "./top-k";

const FORMAT = "verticals-nearest-index";

export interface Neighbour {
  id: string;
  /** Insertion position in the index. */
  index: number;
  /** Cosine similarity, -1..1 (0 against a zero vector). */
  score: number;
}

/** Keep a candidate? Gets the id and insertion position (e.g. to look up a label or exclude the query case). */
export type NeighbourFilter = (id: string, index: number) => boolean;

interface IndexExtra {
  ids: string[];
}

/**
 * Exact cosine nearest neighbours: unit-length rows in one Float32Array, a dot product against each, a
 * heap for the top k. For thousands of 1280-d vectors this is a few milliseconds per query, with no
 * approximation to explain; serialisable to one float32 file + JSON.
 */
export class NearestNeighbourIndex {
  private ids: string[] = [];
  private readonly positions = new Map<string, number>();
  private data: Float32Array;
  private generation = 0;

  constructor(readonly dim: number) {
    if (!Number.isInteger(dim) || dim < 1) throw new PretrainedError("bad-input", `dim: expected a whole number of at least 1, got ${dim}`);
    this.data = new Float32Array(dim * 256);
  }

  get size(): number {
    return this.ids.length;
  }

  /** The ids, in insertion order. */
  allIds(): readonly string[] {
    return this.ids;
  }

  positionOf(id: string): number | undefined {
    return this.positions.get(id);
  }

  /** The stored unit vector at a position. */
  vectorAt(index: number): Float32Array {
    if (!(index >= 0 && index < this.ids.length)) throw new PretrainedError("bad-input", `index ${index}: expected 0..${this.ids.length - 1}`);
    return this.data.subarray(index * this.dim, (index + 1) * this.dim);
  }

  private unit(vector: ArrayLike<number>, what: string): Float32Array {
    if (vector.length !== this.dim) throw new PretrainedError("bad-input", `${what}: expected ${this.dim} values, got ${vector.length}`);
    // One concrete array type keeps the loops below monomorphic (several times faster in V8).
    const unit = Float32Array.from(vector);
    let norm = 0;
    for (let i = 0; i < unit.length; i++) norm += unit[i]! * unit[i]!;
    if (!Number.isFinite(norm)) {
      const bad = unit.findIndex((v) => !Number.isFinite(v));
      throw new PretrainedError("bad-input", `${what}: value ${bad} is ${unit[bad]}, expected a finite number`);
    }
    // A zero vector stays zero: it is similar to nothing (score 0) rather than NaN.
    if (norm > 0) {
      const scale = 1 / Math.sqrt(norm);
      for (let i = 0; i < unit.length; i++) unit[i] = unit[i]! * scale;
    }
    return unit;
  }

  /** Add one vector under a unique id; returns its position. */
  add(id: string, vector: ArrayLike<number>): number {
    if (this.positions.has(id)) throw new PretrainedError("bad-input", `id ${JSON.stringify(id)} is already in the index`);
    const unit = this.unit(vector, `vector for ${JSON.stringify(id)}`);
    const index = this.ids.length;
    if ((index + 1) * this.dim > this.data.length) {
      const grown = new Float32Array(Math.max(this.data.length * 2, (index + 1) * this.dim));
      grown.set(this.data);
      this.data = grown;
    }
    this.data.set(unit, index * this.dim);
    this.ids.push(id);
    this.positions.set(id, index);
    return index;
  }

  addAll(ids: readonly string[], vectors: readonly ArrayLike<number>[]): void {
    if (ids.length !== vectors.length) throw new PretrainedError("bad-input", `addAll: ${ids.length} ids but ${vectors.length} vectors`);
    ids.forEach((id, i) => this.add(id, vectors[i]!));
  }

  /** Cosine similarity of `vector` with every stored vector, by position. */
  scores(vector: ArrayLike<number>): Float32Array {
    const q = this.unit(vector, "query");
    const { dim, data } = this;
    const n = this.ids.length;
    const out = new Float32Array(n);
    for (let row = 0; row < n; row++) {
      const base = row * dim;
      // Four accumulators: shorter dependency chains, ~2x faster in V8 than one.
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let j = 0;
      for (; j + 3 < dim; j += 4) {
        s0 += data[base + j]! * q[j]!;
        s1 += data[base + j + 1]! * q[j + 1]!;
        s2 += data[base + j + 2]! * q[j + 2]!;
        s3 += data[base + j + 3]! * q[j + 3]!;
      }
      for (; j < dim; j++) s0 += data[base + j]! * q[j]!;
      out[row] = s0 + s1 + s2 + s3;
    }
    return out;
  }

  /** The k most similar stored vectors, best first, among those `filter` keeps. */
  query(vector: ArrayLike<number>, k = 5, filter?: NeighbourFilter): Neighbour[] {
    const scores = this.scores(vector);
    const keep = filter ? (index: number) => filter(this.ids[index]!, index) : undefined;
    return topK(scores, k, keep).map((index) => ({ id: this.ids[index]!, index, score: scores[index]! }));
  }

  /** Save as `<dir>/<name>.json` + `<dir>/<name>.<generation>.f32`, atomically. */
  async save(dir: string, name = "nearest-index"): Promise<void> {
    const header = await writeVectorStore<IndexExtra>(dir, name, FORMAT, {
      dim: this.dim,
      count: this.ids.length,
      vectors: this.data,
      extra: { ids: this.ids },
      previousGeneration: this.generation,
    });
    this.generation = header.generation;
  }

  /** Load a saved index; undefined when there is none. */
  static async load(dir: string, name = "nearest-index"): Promise<NearestNeighbourIndex | undefined> {
    const stored = await readVectorStore<IndexExtra>(dir, name, FORMAT);
    if (!stored) return undefined;
    const { header, vectors } = stored;
    const ids = header.extra?.ids;
    if (!Array.isArray(ids) || ids.length !== header.count) {
      throw new PretrainedError("store-format", `${dir}/${name}.json: expected ${header.count} ids, got ${Array.isArray(ids) ? ids.length : "none"}`);
    }
    const index = new NearestNeighbourIndex(header.dim);
    index.ids = ids;
    ids.forEach((id, i) => index.positions.set(id, i));
    index.data = vectors;
    index.generation = header.generation;
    return index;
  }
}
