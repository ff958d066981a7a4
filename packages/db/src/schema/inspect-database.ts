import { createClient, type Client } from "@libsql/client";
import pg from "pg";
import { databaseProvider } from "../database-url";
import { postgresConnectionOptions, quoteIdentifier } from "../postgres-url";
import type { ColumnShape, DatabaseShape, TableShape } from "./database-shape";

/** Reads tables, columns, keys and indexes of a database (the `_prisma_migrations` table excluded). */
export async function inspectDatabase(url: string): Promise<DatabaseShape> {
  return databaseProvider(url) === "sqlite" ? inspectSqlite(url) : inspectPostgres(url);
}

async function inspectSqlite(url: string): Promise<DatabaseShape> {
  const client = createClient({ url });
  try {
    const tables = new Map<string, TableShape>();
    const names = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
    );
    for (const row of names.rows) {
      const name = String(row.name);
      tables.set(name, await inspectSqliteTable(client, name));
    }
    return { tables, enums: new Map() };
  } finally {
    client.close();
  }
}

async function inspectSqliteTable(client: Client, name: string): Promise<TableShape> {
  const q = quoteIdentifier(name);
  const info = (await client.execute(`PRAGMA table_info(${q})`)).rows;
  const pkColumns = info
    .filter((c) => Number(c.pk) > 0)
    .sort((a, b) => Number(a.pk) - Number(b.pk))
    .map((c) => String(c.name));
  const columns = new Map<string, ColumnShape>();
  for (const c of info) {
    const type = String(c.type).toUpperCase().replace(/\(.*\)/, "").trim();
    // INTEGER PRIMARY KEY is the rowid: never NULL, assigned automatically.
    const rowid = pkColumns.length === 1 && pkColumns[0] === c.name && type === "INTEGER";
    columns.set(String(c.name), {
      name: String(c.name),
      type,
      udtName: null,
      notNull: Number(c.notnull) === 1 || rowid,
      hasDefault: c.dflt_value !== null || rowid,
      autoIncrement: rowid,
      datetimePrecision: null,
    });
  }
  const uniques: string[][] = [];
  const indexes: string[][] = [];
  for (const index of (await client.execute(`PRAGMA index_list(${q})`)).rows) {
    if (index.origin === "pk") continue;
    const cols = (await client.execute(`PRAGMA index_info(${quoteIdentifier(String(index.name))})`)).rows
      .sort((a, b) => Number(a.seqno) - Number(b.seqno))
      .map((r) => String(r.name));
    indexes.push(cols);
    if (Number(index.unique) === 1) uniques.push(cols);
  }
  const byId = new Map<number, { columns: string[]; referencedTable: string; referencedColumns: string[] }>();
  const fkRows = (await client.execute(`PRAGMA foreign_key_list(${q})`)).rows;
  for (const fk of [...fkRows].sort((a, b) => Number(a.id) - Number(b.id) || Number(a.seq) - Number(b.seq))) {
    const entry = byId.get(Number(fk.id)) ?? { columns: [], referencedTable: String(fk.table), referencedColumns: [] };
    entry.columns.push(String(fk.from));
    entry.referencedColumns.push(String(fk.to));
    byId.set(Number(fk.id), entry);
  }
  return { name, columns, primaryKey: pkColumns, uniques, indexes, foreignKeys: [...byId.values()] };
}

interface PgColumnRow {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  is_nullable: "YES" | "NO";
  column_default: string | null;
  is_identity: "YES" | "NO";
  datetime_precision: number | null;
}

async function inspectPostgres(url: string): Promise<DatabaseShape> {
  const { connectionString, schema = "public" } = postgresConnectionOptions(url);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`SET search_path TO ${quoteIdentifier(schema)}`);
    const tables = new Map<string, TableShape>();
    const tableRows = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename",
    );
    for (const { tablename } of tableRows.rows) {
      tables.set(tablename, { name: tablename, columns: new Map(), primaryKey: [], uniques: [], indexes: [], foreignKeys: [] });
    }
    const columnRows = await client.query<PgColumnRow>(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, is_identity, datetime_precision
         FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`,
    );
    for (const c of columnRows.rows) {
      tables.get(c.table_name)?.columns.set(c.column_name, {
        name: c.column_name,
        type: c.data_type,
        udtName: c.udt_name,
        notNull: c.is_nullable === "NO",
        hasDefault: c.column_default !== null || c.is_identity === "YES",
        autoIncrement: c.is_identity === "YES" || /^nextval\(/.test(c.column_default ?? ""),
        datetimePrecision: c.datetime_precision,
      });
    }
    const indexRows = await client.query<{ table_name: string; is_unique: boolean; is_primary: boolean; columns: string[] }>(
      `SELECT t.relname AS table_name, ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
              array_agg(a.attname::text ORDER BY k.ord) AS columns
         FROM pg_index ix
         JOIN pg_class t ON t.oid = ix.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
         CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        WHERE n.nspname = current_schema()
        GROUP BY t.relname, ix.indexrelid, ix.indisunique, ix.indisprimary`,
    );
    for (const index of indexRows.rows) {
      const table = tables.get(index.table_name);
      if (!table) continue;
      if (index.is_primary) table.primaryKey = index.columns;
      else {
        table.indexes.push(index.columns);
        if (index.is_unique) table.uniques.push(index.columns);
      }
    }
    const fkRows = await client.query<{ table_name: string; referenced_table: string; columns: string[]; referenced_columns: string[] }>(
      `SELECT t.relname AS table_name, rt.relname AS referenced_table,
              (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns,
              (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS referenced_columns
         FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid
         JOIN pg_class rt ON rt.oid = c.confrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE c.contype = 'f' AND n.nspname = current_schema()`,
    );
    for (const fk of fkRows.rows) {
      tables.get(fk.table_name)?.foreignKeys.push({
        columns: fk.columns,
        referencedTable: fk.referenced_table,
        referencedColumns: fk.referenced_columns,
      });
    }
    const enumRows = await client.query<{ name: string; labels: string[] }>(
      `SELECT t.typname::text AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = current_schema() GROUP BY t.typname`,
    );
    return { tables, enums: new Map(enumRows.rows.map((r) => [r.name, r.labels])) };
  } finally {
    await client.end();
  }
}
