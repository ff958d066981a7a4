import { unzipSync } from "fflate";
import { FetchError } from "./fetch-error";

const baseName = (path: string): string => path.slice(path.lastIndexOf("/") + 1);

/**
 * Pull the wanted files (by base name) out of a zip, descending into nested zips: NASA's archive, for one,
 * wraps CMAPSSData.zip inside another zip. The first match of each name wins.
 */
export function extractZipMembers(archive: Uint8Array, wanted: readonly string[], what: string): Map<string, Uint8Array> {
  const found = new Map<string, Uint8Array>();
  const visit = (bytes: Uint8Array, depth: number): void => {
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(bytes, {
        filter: (file) => wanted.includes(baseName(file.name)) || (depth < 3 && file.name.toLowerCase().endsWith(".zip")),
      });
    } catch (error) {
      throw new FetchError("format", `${what}: the download is not a readable zip archive (${(error as Error).message}).`, { cause: error });
    }
    for (const [name, data] of Object.entries(entries)) {
      const base = baseName(name);
      if (wanted.includes(base) && !found.has(base)) found.set(base, data);
    }
    for (const [name, data] of Object.entries(entries)) {
      if (found.size === wanted.length) return;
      if (name.toLowerCase().endsWith(".zip")) visit(data, depth + 1);
    }
  };
  visit(archive, 0);
  const missing = wanted.filter((name) => !found.has(name));
  if (missing.length > 0) throw new FetchError("format", `${what}: the archive holds no ${missing.join(", ")}.`);
  return found;
}
