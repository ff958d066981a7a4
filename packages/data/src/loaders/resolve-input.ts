import { stat } from "node:fs/promises";
import { join } from "node:path";

/**
 * Loaders take a file or its dataset folder (`--data-dir` points at folders). Returns the file path
 * and its size, for row-count estimates. A missing file is an ordinary ENOENT error naming the path.
 */
export async function resolveInput(pathOrDir: string, defaultName: string): Promise<{ file: string; bytes: number }> {
  const info = await stat(pathOrDir);
  if (!info.isDirectory()) return { file: pathOrDir, bytes: info.size };
  const file = join(pathOrDir, defaultName);
  return { file, bytes: (await stat(file)).size };
}

/** Approximate byte length of a parsed line (for ASCII data). */
export function lineBytes(fields: readonly string[]): number {
  let n = fields.length;
  for (const f of fields) n += f.length;
  return n;
}
