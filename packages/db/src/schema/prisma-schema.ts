/** The parts of a Prisma schema that decide tables and columns. Names are Prisma names; db* are database names. */
export interface PrismaSchema {
  datasourceProvider: string | null;
  generators: PrismaGenerator[];
  models: PrismaModel[];
  enums: PrismaEnum[];
}

export interface PrismaGenerator {
  name: string;
  provider: string | null;
  output: string | null;
}

export interface PrismaEnum {
  name: string;
  dbName: string;
  values: string[];
}

export interface PrismaModel {
  name: string;
  /** Table name (@@map, else the model name). */
  dbName: string;
  /** @@ignore: Prisma leaves the table alone. */
  ignored: boolean;
  fields: PrismaField[];
  /** Primary key field names (@id or @@id). */
  primaryKey: string[];
  /** Unique constraints as field-name lists (@unique and @@unique). */
  uniques: string[][];
  /** Plain indexes (@@index). */
  indexes: string[][];
  /** 1-based line of the `model` keyword in the schema file. */
  line: number;
}

export interface PrismaField {
  name: string;
  /** Column name (@map, else the field name); meaningless for relation fields. */
  dbName: string;
  /** The type name without ? or []; `Unsupported("...")` stays as written. */
  type: string;
  kind: "scalar" | "enum" | "relation" | "unsupported";
  isList: boolean;
  isOptional: boolean;
  /** @ignore: no column expected. */
  ignored: boolean;
  /** The @default(...) argument text, if any. */
  defaultValue: string | null;
  isUpdatedAt: boolean;
  /** A native type attribute (@db.Xxx), which overrides the default column type. */
  nativeType: string | null;
  /** For relation fields: @relation name, and fields/references when this side holds the foreign key. */
  relation: { name: string | null; fields: string[]; references: string[] } | null;
  line: number;
}
