import { PretrainedError } from "../errors/pretrained-error";

export const SHA256SUMS_FILE = "SHA256SUMS";

/** Parse `sha256sum` output (`<64 hex>  <path>`, `*` before the path in binary mode). */
export function parseSha256Sums(text: string, file = SHA256SUMS_FILE): Map<string, string> {
  const sums = new Map<string, string>();
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "" || line.startsWith("#")) return;
    const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
    if (!match) {
      throw new PretrainedError(
        "store-format",
        `${file} line ${index + 1}: expected "<64 hex digits>  <path>", got ${JSON.stringify(line.slice(0, 80))}`,
      );
    }
    sums.set(match[2]!, match[1]!.toLowerCase());
  });
  return sums;
}

/** The same format back, sorted by path so the file is reproducible. */
export function formatSha256Sums(sums: ReadonlyMap<string, string>): string {
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, sha]) => `${sha}  ${path}\n`)
    .join("");
}
