import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DatabaseProvider } from "../database-url";
import { MIGRATION_LOCK_FILE, migrationLockContent } from "./migrations-directory";
import { migrationsDirFor } from "./migrations-layout";

const PROVIDERS: DatabaseProvider[] = ["sqlite", "postgresql"];

/**
 * Creates `<timestamp>_<name>/migration.sql` in both migrations folders (and their migration_lock.toml
 * when missing), named the way `prisma migrate dev` names them. Returns the created files.
 */
export function createMigration({ prismaDir, name, now = new Date() }: { prismaDir: string; name: string; now?: Date }): string[] {
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new Error(`migration name "${name}" must be lower-case letters, digits and underscores (e.g. add_score_label)`);
  }
  const timestamp = now.toISOString().replace(/\D/g, "").slice(0, 14); // UTC YYYYMMDDHHMMSS, as Prisma writes
  const files: string[] = [];
  for (const provider of PROVIDERS) {
    const dir = migrationsDirFor(prismaDir, provider);
    mkdirSync(dir, { recursive: true });
    const lock = path.join(dir, MIGRATION_LOCK_FILE);
    if (!existsSync(lock)) writeFileSync(lock, migrationLockContent(provider));
    const folder = path.join(dir, `${timestamp}_${name}`);
    if (existsSync(folder)) throw new Error(`${folder} already exists`);
    mkdirSync(folder);
    const file = path.join(folder, "migration.sql");
    writeFileSync(
      file,
      `-- ${name} (${provider}). Write the SQL \`prisma migrate dev\` would write; check it with \`verticals-db verify\`.\n`,
    );
    files.push(file);
  }
  return files;
}
