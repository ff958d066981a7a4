import { createClient } from "@libsql/client";
import pg from "pg";
import { databaseProvider } from "../../src";

/** Runs SQL on either database and returns plain rows (for assertions beneath Prisma). */
export async function rawQuery(url: string, sql: string, args: unknown[] = []): Promise<Record<string, unknown>[]> {
  if (databaseProvider(url) === "sqlite") {
    const client = createClient({ url });
    try {
      const result = await client.execute({ sql, args: args as never });
      return result.rows.map((row) => Object.fromEntries(result.columns.map((c) => [c, row[c]])));
    } finally {
      client.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, args)).rows;
  } finally {
    await client.end();
  }
}
