import { FetchError } from "./fetch-error";
import type { KnownChecksum } from "./sources";

/** Which check a file passed, for the provenance record ("sha256 (origin)" or "none known"). */
export function verifyChecksum(what: string, actual: { sha256: string; md5: string }, expected: KnownChecksum | undefined): string {
  if (!expected || (!expected.sha256 && !expected.md5)) return "no checksum known";
  if (expected.sha256 && expected.sha256.toLowerCase() !== actual.sha256) {
    throw new FetchError(
      "checksum",
      `${what}: SHA-256 mismatch, expected ${expected.sha256} (${expected.origin}), got ${actual.sha256}. Nothing was written.`,
    );
  }
  if (expected.md5 && expected.md5.toLowerCase() !== actual.md5) {
    throw new FetchError("checksum", `${what}: MD5 mismatch, expected ${expected.md5} (${expected.origin}), got ${actual.md5}. Nothing was written.`);
  }
  return `${expected.sha256 ? "SHA-256" : "MD5"} matches (${expected.origin})`;
}
