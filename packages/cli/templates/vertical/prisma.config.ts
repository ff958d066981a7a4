// Prisma CLI configuration, copied as-is into each app (only the app name changes). verticals-db does not
// need it; it keeps Prisma's own commands (migrate deploy/status, studio) working where Prisma's schema
// engine can be installed: DATABASE_URL picks the provider's schema and migrations folder.
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

const APP = "__NAME__";
const url = process.env.DATABASE_URL || `file:${fileURLToPath(new URL(`./.verticals/${APP}.db`, import.meta.url))}`;
const postgres = /^postgres(ql)?:\/\//i.test(url);

export default defineConfig({
  // The PostgreSQL schema is derived from prisma/schema.prisma by `verticals-db generate`.
  schema: postgres ? "src/store/generated/schema.postgresql.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/migrations-postgresql" : "prisma/migrations" },
  datasource: { url },
});
