import { expect, it } from "@jest/globals";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createTestDatabase, describeEachStore, verifySchema } from "../src/testing";
import { copyOfMigrations, fixtureMigrationsDir, fixtureSchemaPath } from "./helpers/fixture";

/** Edits the first migration of a private copy of the fixture migrations. */
function editedMigrations(provider: "sqlite" | "postgresql", edit: (sql: string) => string): string {
  const dir = copyOfMigrations(provider);
  const file = path.join(dir, "20250101000000_init", "migration.sql");
  const before = readFileSync(file, "utf8");
  const after = edit(before);
  if (after === before) throw new Error("edit changed nothing: the test would prove nothing");
  writeFileSync(file, after);
  return dir;
}

describeEachStore("verifySchema", (getUrl, provider) => {
  const check = async (migrationsDir: string) =>
    (await verifySchema({ url: await createTestDatabase(getUrl()), schemaPath: fixtureSchemaPath, migrationsDir })).problems;

  it("accepts the fixture migrations", async () => {
    expect(await verifySchema({ url: getUrl(), schemaPath: fixtureSchemaPath, migrationsDir: fixtureMigrationsDir(provider) })).toEqual({
      provider,
      problems: [],
    });
  });

  it("catches a missing column, naming the schema line", async () => {
    const problems = await check(editedMigrations(provider, (sql) => sql.replace(/\s*"notes" TEXT,/, "")));
    expect(problems).toEqual([`schema.prisma:19 ScoringRun.notes: column "scoring_runs"."notes" is missing`]);
  });

  it("catches wrong types, nullability and defaults", async () => {
    const problems = await check(
      editedMigrations(provider, (sql) =>
        sql
          .replace(/"threshold" (REAL|DOUBLE PRECISION) NOT NULL/, `"threshold" ${provider === "sqlite" ? "TEXT" : "REAL"} NOT NULL`)
          .replace(/"entityKey" TEXT NOT NULL/, `"entityKey" TEXT`)
          .replace(/"flagged" BOOLEAN NOT NULL DEFAULT false/, `"flagged" BOOLEAN NOT NULL`),
      ),
    );
    expect(problems).toEqual([
      provider === "sqlite"
        ? `schema.prisma:18 ScoringRun.threshold: column "scoring_runs"."threshold" is TEXT, expected REAL or DOUBLE or DOUBLE PRECISION (Prisma's SQLite type for Float)`
        : `schema.prisma:18 ScoringRun.threshold: column "scoring_runs"."threshold" is real, expected double precision (Prisma's PostgreSQL type for Float)`,
      `schema.prisma:31 Score.entityKey: column "Score"."entityKey" is nullable, expected NOT NULL`,
      `schema.prisma:33 Score.flagged: column "Score"."flagged" has no database default, expected one for @default(false)`,
    ]);
  });

  it("catches missing unique index, index and foreign key, and extra tables and columns", async () => {
    const problems = await check(
      editedMigrations(provider, (sql) =>
        sql
          .replace(/CREATE UNIQUE INDEX "Score_runId_entityKey_key"[^;]*;/, "")
          .replace(/CREATE INDEX "Score_score_idx"[^;]*;/, "")
          .replace(provider === "sqlite" ? /,\s*CONSTRAINT "Score_runId_fkey"[^\n]*/ : /ALTER TABLE "Score" ADD CONSTRAINT[^;]*;/, "")
          .replace(/"scoredAt" (DATETIME|TIMESTAMP\(3\)) NOT NULL/, (m) => `${m},\n    "extra" TEXT`)
          .concat(`\nCREATE TABLE "stray" ("id" INTEGER);\n`),
      ),
    );
    expect(problems).toEqual([
      `schema.prisma:27 model Score: column "Score"."extra" is not in the schema`,
      `schema.prisma:27 model Score: no unique index on (runId, entityKey)`,
      `schema.prisma:27 model Score: no index on (score)`,
      `schema.prisma:29 Score.run: no foreign key (runId) -> "scoring_runs"(id)`,
      `table "stray" exists in the database but no model maps to it`,
    ]);
  });

  it("catches a missing table and a wrong primary key", async () => {
    const problems = await check(
      editedMigrations(provider, (sql) =>
        sql
          .replace(/-- CreateTable\s*CREATE TABLE "scoring_runs"[\s\S]*?\);/, "")
          .replace(/CREATE UNIQUE INDEX "scoring_runs_name_key"[^;]*;/, "")
          .replace(/,\s*CONSTRAINT "Score_runId_fkey"[^\n]*/, "")
          .replace(/ALTER TABLE "Score" ADD CONSTRAINT[^;]*;/, "")
          .replace(/"id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\s*"runId" INTEGER NOT NULL,/, `"id" INTEGER NOT NULL, "runId" INTEGER NOT NULL PRIMARY KEY,`)
          .replace(/CONSTRAINT "Score_pkey" PRIMARY KEY \("id"\)/, `CONSTRAINT "Score_pkey" PRIMARY KEY ("runId")`),
      ),
    );
    expect(problems).toContain(`schema.prisma:14 model ScoringRun: table "scoring_runs" is missing`);
    expect(problems).toContain(`schema.prisma:27 model Score: primary key is (runId), expected (id)`);
    if (provider === "sqlite") {
      // Only INTEGER PRIMARY KEY is SQLite's auto-assigned rowid; a PostgreSQL SERIAL stays one without the key.
      expect(problems).toContain(
        `schema.prisma:28 Score.id: column "Score"."id" has no auto-increment (SERIAL / INTEGER PRIMARY KEY AUTOINCREMENT), expected one for @default(autoincrement())`,
      );
    }
  });
});
