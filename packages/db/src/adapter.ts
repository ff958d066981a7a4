import { PrismaLibSql } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseProvider } from "./database-url";
import { postgresConnectionOptions } from "./postgres-url";

/** A Prisma driver adapter factory, the value PrismaClient takes as `adapter`. */
export type StoreAdapter = PrismaLibSql | PrismaPg;

/**
 * The Prisma driver adapter for a database URL: libSQL for `file:` (SQLite), node-postgres for `postgresql://`.
 * A `?schema=name` parameter on a PostgreSQL URL selects that schema, as in Prisma's own URLs.
 */
export function createAdapter(url: string): StoreAdapter {
  if (databaseProvider(url) === "sqlite") return new PrismaLibSql({ url });
  const { connectionString, schema } = postgresConnectionOptions(url);
  return new PrismaPg({ connectionString }, schema ? { schema } : undefined);
}
