import { readFile } from "node:fs/promises";
import { DataFormatError } from "../errors/data-format-error";
import { parseNpy, type NpyArray } from "./npy";
import { listZipEntries, readZipEntry } from "./zip-read";

/** Arrays of an .npz by key (entry name without ".npy"), in archive order. */
export type NpzArrays = Map<string, NpyArray>;

/** Decode an .npz held in memory; `file` only names the source in errors. `keys` limits what is inflated. */
export function decodeNpz(bytes: Uint8Array, file: string, keys?: readonly string[]): NpzArrays {
  const arrays: NpzArrays = new Map();
  for (const entry of listZipEntries(bytes, file)) {
    if (!entry.name.endsWith(".npy")) {
      throw new DataFormatError({ file, entry: entry.name, expected: "only .npy members", actual: "another file", actualIsDescription: true });
    }
    const key = entry.name.slice(0, -4);
    if (keys && !keys.includes(key)) continue;
    arrays.set(key, parseNpy(readZipEntry(bytes, entry, file), { file, entry: key }));
  }
  return arrays;
}

/**
 * Read a numpy .npz (np.savez or np.savez_compressed). The archive is read once; each member is
 * inflated into its own buffer and the arrays are views on it, so nothing is held twice.
 */
export async function readNpz(file: string, options: { keys?: readonly string[] } = {}): Promise<NpzArrays> {
  const bytes = await readFile(file);
  return decodeNpz(bytes, file, options.keys);
}
