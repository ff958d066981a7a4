import { createHash } from "node:crypto";

/** Prisma's migration checksum: lowercase hex SHA-256 of the migration.sql bytes. */
export function migrationChecksum(script: string | Uint8Array): string {
  return createHash("sha256").update(script).digest("hex");
}

/**
 * Whether a script matches a recorded checksum the way Prisma decides it: line endings do not matter
 * (git may rewrite them), and old Prisma versions stored hex without zero padding.
 */
export function scriptMatchesChecksum(script: string, checksum: string): boolean {
  const variants = [script, script.replace(/\r\n/g, "\n"), script.replace(/\r?\n/g, "\r\n")];
  return variants.some((variant) => {
    const digest = createHash("sha256").update(variant).digest();
    const formatted = checksum.length === 64 ? digest.toString("hex") : [...digest].map((byte) => byte.toString(16)).join("");
    return formatted === checksum;
  });
}
