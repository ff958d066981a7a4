/** What a database holds, as far as a Prisma schema can tell: tables, columns, keys and indexes. */
export interface DatabaseShape {
  tables: Map<string, TableShape>;
  /** PostgreSQL enum types and their labels (empty on SQLite). */
  enums: Map<string, string[]>;
}

export interface TableShape {
  name: string;
  columns: Map<string, ColumnShape>;
  primaryKey: string[];
  /** Column lists of unique indexes and unique constraints (primary key excluded). */
  uniques: string[][];
  /** Column lists of all indexes (primary key excluded). */
  indexes: string[][];
  foreignKeys: { columns: string[]; referencedTable: string; referencedColumns: string[] }[];
}

export interface ColumnShape {
  name: string;
  /** SQLite: declared type, upper case, without length; PostgreSQL: information_schema data_type. */
  type: string;
  /** PostgreSQL udt_name (enum name, or `_text` etc. for arrays). */
  udtName: string | null;
  notNull: boolean;
  hasDefault: boolean;
  /** Values come from a sequence / identity / SQLite rowid alias. */
  autoIncrement: boolean;
  /** PostgreSQL timestamp precision. */
  datetimePrecision: number | null;
}
