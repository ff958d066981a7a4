import path from "node:path";
import type { DatabaseProvider } from "../database-url";

/**
 * The app convention: `prisma/migrations` holds SQLite migrations (Prisma's default folder, next to
 * schema.prisma), `prisma/migrations-postgresql` holds PostgreSQL ones.
 */
export function migrationsDirFor(prismaDir: string, provider: DatabaseProvider): string {
  return path.join(prismaDir, provider === "sqlite" ? "migrations" : "migrations-postgresql");
}
