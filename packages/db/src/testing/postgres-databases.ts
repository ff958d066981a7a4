import pg from "pg";
import { quoteIdentifier } from "../postgres-url";

let counter = 0;

/** Creates an empty database on a server (given by any URL on it) and returns the new database's URL. */
export async function createPostgresDatabase(serverUrl: string, name = `test_${process.pid}_${Date.now().toString(36)}_${++counter}`): Promise<string> {
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE ${quoteIdentifier(name)}`));
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

/** Drops the database a URL points at, ending its open connections. */
export async function dropPostgresDatabase(serverUrl: string, url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`));
}

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
