import { readFileSync } from "node:fs";
import path from "node:path";
import { databaseProvider, type DatabaseProvider } from "../database-url";
import { migrate } from "../migrations/migrate";
import { compareSchema } from "./compare-schema";
import { inspectDatabase } from "./inspect-database";
import { parsePrismaSchema } from "./parse-prisma-schema";

export interface VerifySchemaOptions {
  /** A database to check; give a fresh, empty one together with migrationsDir. */
  url: string;
  /** The app's prisma/schema.prisma (the SQLite source also describes the PostgreSQL tables). */
  schemaPath: string;
  /** When given, these migrations are applied to `url` first. */
  migrationsDir?: string;
}

export interface VerifySchemaResult {
  provider: DatabaseProvider;
  /** One sentence per difference, naming the schema line; empty when migrations and schema agree. */
  problems: string[];
}

/**
 * Checks hand-written migrations against the Prisma schema, since `prisma migrate dev` (which would
 * write them) needs Prisma's schema engine: migrates `url` (if migrationsDir is given), then compares every
 * model, field, key, index and relation of the schema with the tables and columns the database really has.
 */
export async function verifySchema({ url, schemaPath, migrationsDir }: VerifySchemaOptions): Promise<VerifySchemaResult> {
  const provider = databaseProvider(url);
  const schema = parsePrismaSchema(readFileSync(schemaPath, "utf8"), schemaPath);
  if (migrationsDir) await migrate({ url, migrationsDir });
  const shape = await inspectDatabase(url);
  return { provider, problems: compareSchema(schema, shape, provider, path.basename(schemaPath)) };
}
