import { writeFileAtomic } from "../io/write-file-atomic";
import { encodeNpy, type NpyInput } from "./npy";
import { encodeZip } from "./zip-write";

export interface WriteNpzOptions {
  /** Deflate members like np.savez_compressed (default true); false stores them like np.savez. */
  compress?: boolean;
}

/** Encode arrays by key as an .npz archive (members "<key>.npy"), readable by numpy.load. */
export function encodeNpz(arrays: Readonly<Record<string, NpyInput>>, options: WriteNpzOptions = {}): Uint8Array {
  const members = Object.entries(arrays).map(([key, input]) => ({ name: `${key}.npy`, data: encodeNpy(input) }));
  return encodeZip(members, options.compress ?? true);
}

/** Write an .npz atomically (temp file in the same folder, then rename). */
export async function writeNpz(
  file: string,
  arrays: Readonly<Record<string, NpyInput>>,
  options: WriteNpzOptions = {},
): Promise<void> {
  await writeFileAtomic(file, encodeNpz(arrays, options));
}
