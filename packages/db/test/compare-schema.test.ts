import { describe, expect, it } from "@jest/globals";
import { compareSchema } from "../src/schema/compare-schema";
import type { ColumnShape, DatabaseShape, TableShape } from "../src/schema/database-shape";
import { parsePrismaSchema } from "../src/testing";

const schema = parsePrismaSchema(`
datasource db { provider = "sqlite" }
enum Status {
  OPEN
  CLOSED
}
model Post {
  id     Int    @id @default(autoincrement())
  status Status @default(OPEN)
  tags   Tag[]
}
model Tag {
  id    String @id @default(cuid())
  posts Post[]
}
`);

function column(name: string, type: string, udtName: string | null, extra: Partial<ColumnShape> = {}): [string, ColumnShape] {
  return [name, { name, type, udtName, notNull: true, hasDefault: false, autoIncrement: false, datetimePrecision: null, ...extra }];
}

function table(name: string, columns: [string, ColumnShape][], primaryKey: string[]): [string, TableShape] {
  return [name, { name, columns: new Map(columns), primaryKey, uniques: [], indexes: [], foreignKeys: [] }];
}

/** What Prisma's PostgreSQL migration for the schema above creates. */
function postgresShape(): DatabaseShape {
  return {
    tables: new Map([
      table("Post", [column("id", "integer", "int4", { hasDefault: true, autoIncrement: true }), column("status", "USER-DEFINED", "Status", { hasDefault: true })], ["id"]),
      table("Tag", [column("id", "text", "text")], ["id"]),
      table("_PostToTag", [column("A", "integer", "int4"), column("B", "text", "text")], []),
    ]),
    enums: new Map([["Status", ["OPEN", "CLOSED"]]]),
  };
}

describe("compareSchema (PostgreSQL specifics)", () => {
  it("accepts enums, client-side defaults and the implicit many-to-many table", () => {
    expect(compareSchema(schema, postgresShape(), "postgresql")).toEqual([]);
  });

  it("reports a missing join table, enum drift and a wrong enum column", () => {
    const shape = postgresShape();
    shape.tables.delete("_PostToTag");
    shape.enums.set("Status", ["OPEN"]);
    shape.tables.get("Post")!.columns.set(...column("status", "text", "text", { hasDefault: true }));
    expect(compareSchema(schema, shape, "postgresql")).toEqual([
      `schema.prisma:9 Post.status: column "Post"."status" is text, expected enum Status (Prisma's PostgreSQL type for Status)`,
      `schema.prisma: implicit many-to-many table "_PostToTag" (Post <-> Tag) is missing`,
      `schema.prisma: enum type "Status" has values [OPEN], expected [OPEN, CLOSED]`,
    ]);
  });
});
