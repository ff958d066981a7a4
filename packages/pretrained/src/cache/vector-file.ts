import { endianness } from "node:os";
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "@verticals/data";
import { PretrainedError } from "../errors/pretrained-error";

/** The JSON side of a vector store; `extra` holds what the owner needs (ids, model key...). */
export interface VectorStoreHeader<Extra> {
  format: string;
  version: 1;
  dim: number;
  count: number;
  /** Data file name, one per generation, so the JSON never points at a half-replaced file. */
  dataFile: string;
  generation: number;
  extra: Extra;
}

export interface VectorStore<Extra> {
  header: VectorStoreHeader<Extra>;
  /** count x dim, row-major. */
  vectors: Float32Array;
}

if (endianness() !== "LE") {
  // The data files are raw little-endian float32; a big-endian reader would need a byte swap first.
  throw new PretrainedError("store-format", "vector stores are little-endian float32 files; this machine is big-endian");
}

/** Read `<dir>/<name>.json` and its data file; undefined when there is no store yet. */
export async function readVectorStore<Extra>(dir: string, name: string, format: string): Promise<VectorStore<Extra> | undefined> {
  const headerPath = join(dir, `${name}.json`);
  let text: string;
  try {
    text = await readFile(headerPath, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  let header: VectorStoreHeader<Extra>;
  try {
    header = JSON.parse(text) as VectorStoreHeader<Extra>;
  } catch (error) {
    throw new PretrainedError("store-format", `${headerPath}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (header.format !== format || header.version !== 1 || !Number.isInteger(header.dim) || !Number.isInteger(header.count)) {
    throw new PretrainedError(
      "store-format",
      `${headerPath}: expected a ${format} version 1 header, got format ${JSON.stringify(header.format)} version ${JSON.stringify(header.version)}`,
    );
  }
  const dataPath = join(dir, header.dataFile);
  const bytes = await readFile(dataPath).catch((error: unknown) => {
    throw new PretrainedError("store-format", `${dataPath}: named by ${headerPath} but unreadable (${(error as Error).message})`, { cause: error });
  });
  const expected = header.count * header.dim * 4;
  if (bytes.byteLength !== expected) {
    throw new PretrainedError(
      "store-format",
      `${dataPath}: expected ${expected} bytes (${header.count} x ${header.dim} float32), got ${bytes.byteLength}`,
    );
  }
  // Copy into an aligned buffer: a Buffer may start at any byte offset of its pool.
  const vectors = new Float32Array(header.count * header.dim);
  new Uint8Array(vectors.buffer).set(bytes);
  return { header, vectors };
}

/**
 * Write the data file of the next generation, then the JSON naming it (each through a temp file and a
 * rename), then delete older data files: a reader sees the old store or the new one, never a mix.
 */
export async function writeVectorStore<Extra>(
  dir: string,
  name: string,
  format: string,
  store: { dim: number; count: number; vectors: Float32Array; extra: Extra; previousGeneration?: number },
): Promise<VectorStoreHeader<Extra>> {
  const { dim, count } = store;
  if (store.vectors.length < count * dim) {
    throw new PretrainedError("bad-input", `${name}: ${count} x ${dim} vectors need ${count * dim} floats, got ${store.vectors.length}`);
  }
  const generation = (store.previousGeneration ?? 0) + 1;
  const dataFile = `${name}.${generation}.f32`;
  const data = store.vectors.subarray(0, count * dim);
  await writeFileAtomic(join(dir, dataFile), new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  const header: VectorStoreHeader<Extra> = { format, version: 1, dim, count, dataFile, generation, extra: store.extra };
  await writeFileAtomic(join(dir, `${name}.json`), `${JSON.stringify(header)}\n`);
  const stale = (await readdir(dir)).filter((file) => file.startsWith(`${name}.`) && file.endsWith(".f32") && file !== dataFile);
  await Promise.all(stale.map((file) => rm(join(dir, file), { force: true })));
  return header;
}
