// @verticals/db/testing: helpers for store tests. Kept apart from the main entry so app code never loads jest.
export { createTestDatabase } from "./create-test-database";
export { describeEachStore, type DescribeEachStoreOptions } from "./describe-each-store";
export { findPostgresBinaries, type PostgresBinaries } from "./postgres-binaries";
export { createPostgresDatabase, dropPostgresDatabase } from "./postgres-databases";
export {
  postgresUnavailableReason,
  REQUIRE_POSTGRES_ENV,
  TEST_POSTGRES_SKIP_ENV,
  TEST_POSTGRES_URL_ENV,
} from "./test-environment";
export { startTestPostgres, type StartTestPostgresResult, type TestPostgres } from "./test-postgres";
export { createTestSqliteUrl, removeTestSqlite } from "./test-sqlite";
export { parsePrismaSchema } from "../schema/parse-prisma-schema";
export type { PrismaEnum, PrismaField, PrismaGenerator, PrismaModel, PrismaSchema } from "../schema/prisma-schema";
export { verifyMigrationsOnThrowawayDatabases, type MigrationsReport } from "../schema/verify-migrations";
export { verifySchema, type VerifySchemaOptions, type VerifySchemaResult } from "../schema/verify-schema";
