import type { DatabaseProvider } from "../database-url";
import type { ColumnShape, DatabaseShape, TableShape } from "./database-shape";
import type { PrismaField, PrismaModel, PrismaSchema } from "./prisma-schema";

// Column types Prisma's migrations create per scalar (SQLite: also the names the libSQL adapter reads the same way).
const SQLITE_TYPES: Record<string, string[]> = {
  String: ["TEXT"],
  Boolean: ["BOOLEAN"],
  Int: ["INTEGER", "INT"],
  BigInt: ["BIGINT"],
  Float: ["REAL", "DOUBLE", "DOUBLE PRECISION"],
  Decimal: ["DECIMAL"],
  DateTime: ["DATETIME"],
  Json: ["JSONB"],
  Bytes: ["BLOB"],
};
const POSTGRES_TYPES: Record<string, { dataType: string; udt: string }> = {
  String: { dataType: "text", udt: "text" },
  Boolean: { dataType: "boolean", udt: "bool" },
  Int: { dataType: "integer", udt: "int4" },
  BigInt: { dataType: "bigint", udt: "int8" },
  Float: { dataType: "double precision", udt: "float8" },
  Decimal: { dataType: "numeric", udt: "numeric" },
  DateTime: { dataType: "timestamp without time zone", udt: "timestamp" },
  Json: { dataType: "jsonb", udt: "jsonb" },
  Bytes: { dataType: "bytea", udt: "bytea" },
};
// Defaults Prisma Client fills in itself: no database default expected.
const CLIENT_SIDE_DEFAULT = /^(cuid|uuid|nanoid|ulid)\s*\(/;

/**
 * Differences between a Prisma schema and a database, as readable sentences (empty when they agree):
 * missing or extra tables and columns, column types, nullability, defaults, primary keys,
 * unique constraints, indexes, foreign keys, implicit many-to-many tables and PostgreSQL enums.
 */
export function compareSchema(schema: PrismaSchema, db: DatabaseShape, provider: DatabaseProvider, schemaName = "schema.prisma"): string[] {
  const problems: string[] = [];
  const models = new Map(schema.models.map((m) => [m.name, m]));
  const enumDbNames = new Map(schema.enums.map((e) => [e.name, e.dbName]));
  const expectedTables = new Set<string>();
  const ignoredTables = new Set(schema.models.filter((m) => m.ignored).map((m) => m.dbName));

  for (const model of schema.models.filter((m) => !m.ignored)) {
    expectedTables.add(model.dbName);
    const where = `${schemaName}:${model.line} model ${model.name}`;
    const table = db.tables.get(model.dbName);
    if (!table) {
      problems.push(`${where}: table "${model.dbName}" is missing`);
      continue;
    }
    compareModel(model, table, models, enumDbNames, provider, schemaName, problems);
  }

  for (const joinTable of implicitManyToManyTables(schema)) {
    expectedTables.add(joinTable.name);
    const table = db.tables.get(joinTable.name);
    if (!table) {
      problems.push(`${schemaName}: implicit many-to-many table "${joinTable.name}" (${joinTable.models.join(" <-> ")}) is missing`);
      continue;
    }
    for (const column of ["A", "B"]) {
      if (!table.columns.has(column)) problems.push(`${schemaName}: many-to-many table "${joinTable.name}" lacks column "${column}"`);
    }
  }

  for (const name of db.tables.keys()) {
    if (!expectedTables.has(name) && !ignoredTables.has(name)) {
      problems.push(`table "${name}" exists in the database but no model maps to it`);
    }
  }

  if (provider === "postgresql") {
    const usedEnums = new Set(schema.models.flatMap((m) => m.fields.filter((f) => f.kind === "enum").map((f) => f.type)));
    for (const e of schema.enums.filter((e) => usedEnums.has(e.name))) {
      const labels = db.enums.get(e.dbName);
      if (!labels) problems.push(`${schemaName}: enum type "${e.dbName}" is missing`);
      else if (labels.join(",") !== e.values.join(",")) {
        problems.push(`${schemaName}: enum type "${e.dbName}" has values [${labels.join(", ")}], expected [${e.values.join(", ")}]`);
      }
    }
  }
  return problems;
}

function compareModel(
  model: PrismaModel,
  table: TableShape,
  models: Map<string, PrismaModel>,
  enumDbNames: Map<string, string>,
  provider: DatabaseProvider,
  schemaName: string,
  problems: string[],
): void {
  const columnFields = model.fields.filter((f) => f.kind !== "relation");
  const columnOf = (fieldName: string) => model.fields.find((f) => f.name === fieldName)?.dbName ?? fieldName;

  for (const field of columnFields) {
    const where = `${schemaName}:${field.line} ${model.name}.${field.name}`;
    const column = table.columns.get(field.dbName);
    if (!column) {
      problems.push(`${where}: column "${table.name}"."${field.dbName}" is missing`);
      continue;
    }
    if (field.ignored || field.kind === "unsupported") continue;
    const typeProblem = columnTypeProblem(field, column, provider, enumDbNames);
    if (typeProblem) problems.push(`${where}: column "${table.name}"."${field.dbName}" ${typeProblem}`);
    if (!field.isList && column.notNull === field.isOptional) {
      problems.push(
        `${where}: column "${table.name}"."${field.dbName}" is ${column.notNull ? "NOT NULL" : "nullable"}, expected ${field.isOptional ? "nullable" : "NOT NULL"}`,
      );
    }
    const defaultProblem = defaultValueProblem(field, column);
    if (defaultProblem) problems.push(`${where}: column "${table.name}"."${field.dbName}" ${defaultProblem}`);
  }

  for (const name of table.columns.keys()) {
    if (!columnFields.some((f) => f.dbName === name)) {
      problems.push(`${schemaName}:${model.line} model ${model.name}: column "${table.name}"."${name}" is not in the schema`);
    }
  }

  const where = `${schemaName}:${model.line} model ${model.name}`;
  const expectedPk = model.primaryKey.map(columnOf);
  if (expectedPk.join(",") !== table.primaryKey.join(",")) {
    problems.push(`${where}: primary key is (${table.primaryKey.join(", ")}), expected (${expectedPk.join(", ")})`);
  }
  for (const unique of model.uniques.map((u) => u.map(columnOf))) {
    if (!table.uniques.some((u) => sameSet(u, unique))) {
      problems.push(`${where}: no unique index on (${unique.join(", ")})`);
    }
  }
  for (const index of model.indexes.map((i) => i.map(columnOf))) {
    if (!table.indexes.some((i) => i.join(",") === index.join(","))) {
      problems.push(`${where}: no index on (${index.join(", ")})`);
    }
  }
  for (const field of model.fields.filter((f) => f.kind === "relation" && f.relation && f.relation.fields.length > 0)) {
    const target = models.get(field.type);
    if (!target) continue;
    const columns = field.relation!.fields.map(columnOf);
    const referenced = field.relation!.references.map((r) => target.fields.find((f) => f.name === r)?.dbName ?? r);
    const found = table.foreignKeys.some(
      (fk) =>
        fk.referencedTable === target.dbName &&
        fk.columns.join(",") === columns.join(",") &&
        fk.referencedColumns.join(",") === referenced.join(","),
    );
    if (!found) {
      problems.push(
        `${schemaName}:${field.line} ${model.name}.${field.name}: no foreign key (${columns.join(", ")}) -> "${target.dbName}"(${referenced.join(", ")})`,
      );
    }
  }
}

function columnTypeProblem(
  field: PrismaField,
  column: ColumnShape,
  provider: DatabaseProvider,
  enumDbNames: Map<string, string>,
): string | null {
  if (field.nativeType) return null; // @db.* chooses its own type
  if (provider === "sqlite") {
    const expected = field.kind === "enum" ? ["TEXT"] : (SQLITE_TYPES[field.type] ?? []);
    if (field.isList) return "is a list, which SQLite does not support";
    return expected.includes(column.type) ? null : `is ${column.type || "untyped"}, expected ${expected.join(" or ")} (Prisma's SQLite type for ${field.type})`;
  }
  const expected =
    field.kind === "enum"
      ? { dataType: "USER-DEFINED", udt: enumDbNames.get(field.type) ?? field.type }
      : POSTGRES_TYPES[field.type];
  if (!expected) return null;
  if (field.isList) {
    return column.type === "ARRAY" && column.udtName === `_${expected.udt}` ? null : `is ${column.type} (${column.udtName}), expected an array of ${expected.dataType}`;
  }
  if (column.type !== expected.dataType || (field.kind === "enum" && column.udtName !== expected.udt)) {
    return `is ${column.type === "USER-DEFINED" ? column.udtName : column.type}, expected ${field.kind === "enum" ? `enum ${expected.udt}` : expected.dataType} (Prisma's PostgreSQL type for ${field.type})`;
  }
  if (field.type === "DateTime" && column.datetimePrecision !== 3) {
    return `is timestamp(${column.datetimePrecision}), expected timestamp(3) (Prisma's precision for DateTime)`;
  }
  return null;
}

function defaultValueProblem(field: PrismaField, column: ColumnShape): string | null {
  if (!field.defaultValue) return null;
  if (/^autoincrement\s*\(/.test(field.defaultValue)) {
    return column.autoIncrement ? null : "has no auto-increment (SERIAL / INTEGER PRIMARY KEY AUTOINCREMENT), expected one for @default(autoincrement())";
  }
  if (CLIENT_SIDE_DEFAULT.test(field.defaultValue)) return null;
  return column.hasDefault ? null : `has no database default, expected one for @default(${field.defaultValue})`;
}

/** Join tables Prisma creates for list-to-list relations without @relation(fields: ...). */
function implicitManyToManyTables(schema: PrismaSchema): { name: string; models: string[] }[] {
  const tables = new Map<string, string[]>();
  for (const model of schema.models) {
    for (const field of model.fields) {
      if (field.kind !== "relation" || !field.isList || (field.relation?.fields.length ?? 0) > 0) continue;
      const target = schema.models.find((m) => m.name === field.type);
      if (!target) continue;
      const relationName = field.relation?.name ?? [model.name, target.name].sort().join("To");
      const back = target.fields.find(
        (f) =>
          f.kind === "relation" &&
          f.type === model.name &&
          f.isList &&
          (f.relation?.name ?? [model.name, target.name].sort().join("To")) === relationName &&
          f !== field,
      );
      if (back) tables.set(`_${relationName}`, [model.name, target.name].sort());
    }
  }
  return [...tables].map(([name, models]) => ({ name, models }));
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
