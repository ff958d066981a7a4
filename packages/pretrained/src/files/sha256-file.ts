import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";

// Keyed by path + size + mtime: availability checks run often (every page load) and a 4 MB hash is not free.
const memo = new Map<string, string>();

/** SHA-256 (lower-case hex) of a file, streamed; remembered until the file's size or mtime changes. */
export async function sha256File(path: string): Promise<string> {
  const info = await stat(path);
  const key = `${path}\0${info.size}\0${info.mtimeMs}`;
  const known = memo.get(key);
  if (known) return known;
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  const hex = hash.digest("hex");
  memo.set(key, hex);
  return hex;
}
