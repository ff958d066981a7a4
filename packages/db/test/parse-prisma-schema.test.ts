import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parsePrismaSchema } from "../src/testing";
import { derivePostgresSchema } from "../src/schema/derive-postgres-schema";
import { fixtureAppDir, fixtureSchemaPath } from "./helpers/fixture";

interface RuntimeField {
  name: string;
  kind: "scalar" | "object" | "enum";
  type: string;
  dbName?: string;
}

/** Prisma's own reading of the schema, embedded in the generated client. */
function runtimeDataModel(provider: "sqlite" | "postgresql"): { models: Record<string, { dbName: string | null; fields: RuntimeField[] }> } {
  const classFile = path.join(fixtureAppDir, "src/store/generated", provider, "internal/class.ts");
  const match = /config\.runtimeDataModel = JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(readFileSync(classFile, "utf8"));
  if (!match) throw new Error(`no runtimeDataModel in ${classFile}: has Prisma's generated layout changed?`);
  return JSON.parse(JSON.parse(match[1]!) as string);
}

describe("parsePrismaSchema", () => {
  it("reads the fixture as Prisma does (generated client's data model)", () => {
    const schema = parsePrismaSchema(readFileSync(fixtureSchemaPath, "utf8"));
    const prisma = runtimeDataModel("sqlite");
    expect(schema.models.map((m) => m.name)).toEqual(Object.keys(prisma.models));
    for (const model of schema.models) {
      const expected = prisma.models[model.name]!;
      expect(model.dbName).toBe(expected.dbName ?? model.name);
      expect(model.fields.map((f) => [f.name, f.kind === "relation" ? "object" : f.kind, f.type, f.dbName])).toEqual(
        expected.fields.map((f) => [f.name, f.kind, f.type, f.dbName ?? f.name]),
      );
    }
    const score = schema.models.find((m) => m.name === "Score")!;
    expect(score.primaryKey).toEqual(["id"]);
    expect(score.uniques).toEqual([["runId", "entityKey"]]);
    expect(score.indexes).toEqual([["score"]]);
    expect(score.fields.find((f) => f.name === "run")!.relation).toEqual({ name: null, fields: ["runId"], references: ["id"] });
    const run = schema.models.find((m) => m.name === "ScoringRun")!;
    expect(run.uniques).toEqual([["name"]]);
    expect(run.fields.find((f) => f.name === "paramsJson")).toMatchObject({ defaultValue: '"{}"', dbName: "params_json", line: 21 });
    expect(run.fields.find((f) => f.name === "notes")).toMatchObject({ isOptional: true, line: 19 });
  });

  it("handles enums, composite keys, many-to-many, maps, comments and multi-line attributes", () => {
    const schema = parsePrismaSchema(`
datasource db { provider = "sqlite" }
enum Role {
  ADMIN // the boss
  USER
  @@map("roles")
}
model Tag {
  id    Int    @id
  posts Post[] // implicit many-to-many
}
model Post {
  authorId Int
  slug     String @db.VarChar(80) // "}" in a comment
  body     String @default("a { brace } and \\"quote\\"")
  role     Role   @default(USER)
  weird    Unsupported("circle")?
  tags     Tag[]
  @@id([authorId, slug])
  @@index([
    slug(sort: Desc),
    authorId
  ], map: "post_slug")
  @@map(name: "posts")
}`);
    expect(schema.datasourceProvider).toBe("sqlite");
    expect(schema.enums).toEqual([{ name: "Role", dbName: "roles", values: ["ADMIN", "USER"] }]);
    const post = schema.models.find((m) => m.name === "Post")!;
    expect(post.dbName).toBe("posts");
    expect(post.primaryKey).toEqual(["authorId", "slug"]);
    expect(post.indexes).toEqual([["slug", "authorId"]]);
    expect(post.fields.map((f) => [f.name, f.kind, f.isList, f.isOptional])).toEqual([
      ["authorId", "scalar", false, false],
      ["slug", "scalar", false, false],
      ["body", "scalar", false, false],
      ["role", "enum", false, false],
      ["weird", "unsupported", false, true],
      ["tags", "relation", true, false],
    ]);
    expect(post.fields.find((f) => f.name === "slug")!.nativeType).toBe("VarChar");
    expect(post.fields.find((f) => f.name === "body")!.defaultValue).toBe('"a { brace } and \\"quote\\""');
  });
});

describe("derivePostgresSchema", () => {
  const source = `// app schema
generator client {
  provider = "prisma-client" // the client
  output   = "../src/store/generated/sqlite"
}

generator docs {
  provider = "prisma-docs-generator"
}

datasource db {
  // provider = "sqlite" in a comment must stay a comment
  provider = "sqlite"
}

model A {
  id Int @id
  note String @default("provider = \\"sqlite\\"")
}
`;

  it("swaps the provider, points the client at its own output and drops other generators", () => {
    const derived = derivePostgresSchema({ sqliteSchema: source, output: "./postgresql", sourceName: "prisma/schema.prisma" });
    expect(derived).toContain('  provider = "postgresql"\n');
    expect(derived).toContain('  // provider = "sqlite" in a comment must stay a comment');
    expect(derived).toContain('  output   = "./postgresql"\n');
    expect(derived).toContain('provider = "prisma-client" // the client');
    expect(derived).not.toContain("prisma-docs-generator");
    expect(derived).toContain('note String @default("provider = \\"sqlite\\"")');
    expect(derived.startsWith("// Generated by verticals-db from prisma/schema.prisma")).toBe(true);
    // It is still a schema this parser (and Prisma, see the generated postgresql client) reads the same way.
    expect(parsePrismaSchema(derived).models).toEqual(parsePrismaSchema(source).models);
    expect(parsePrismaSchema(derived).datasourceProvider).toBe("postgresql");
  });

  it("refuses schemas it cannot derive from", () => {
    expect(() => derivePostgresSchema({ sqliteSchema: source.replace('provider = "sqlite"\n}', 'provider = "postgresql"\n}'), output: "x" })).toThrow(
      'must say provider = "sqlite"',
    );
    expect(() => derivePostgresSchema({ sqliteSchema: source.replace('output   = "../src/store/generated/sqlite"', ""), output: "x" })).toThrow(
      "needs an explicit output",
    );
  });

  it("produced the generated PostgreSQL client of the fixture", () => {
    const prisma = runtimeDataModel("postgresql");
    expect(Object.keys(prisma.models)).toEqual(["ScoringRun", "Score"]);
    const client = readFileSync(path.join(fixtureAppDir, "src/store/generated/postgresql/internal/class.ts"), "utf8");
    expect(client).toContain('"activeProvider": "postgresql"');
  });
});
