import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export type DatabaseProvider = "sqlite" | "postgresql";

export interface ResolveDatabaseUrlOptions {
  /** App name; the default SQLite file is `<appDir>/.verticals/<app>.db`. */
  app: string;
  /** The app's folder (where its package.json and prisma/ live). */
  appDir: string;
  /** Environment to read DATABASE_URL from (default: process.env). */
  env?: Record<string, string | undefined>;
}

/**
 * DATABASE_URL when set, else the app's embedded SQLite file (its folder is created).
 * A relative `file:` path is taken relative to appDir, so the same setting works from the repo root and the app folder.
 * A PostgreSQL URL without `?schema=` gets the app's name as its schema, so one DATABASE_URL can serve every app
 * of the suite (each app has its own tables and its own _prisma_migrations).
 */
export function resolveDatabaseUrl({ app, appDir, env = process.env }: ResolveDatabaseUrlOptions): string {
  const configured = env.DATABASE_URL?.trim();
  if (configured) {
    if (databaseProvider(configured) === "sqlite") return absoluteSqliteUrl(configured, appDir);
    return withDefaultSchema(configured, app);
  }
  if (!/^[a-z0-9][a-z0-9._-]*$/i.test(app)) {
    throw new Error(`resolveDatabaseUrl: app name "${app}" is not a plain name (letters, digits, ".", "_", "-")`);
  }
  const file = path.resolve(appDir, ".verticals", `${app}.db`);
  mkdirSync(path.dirname(file), { recursive: true });
  return pathToFileURL(file).href.replace(/^file:\/\//, "file:");
}

/** "sqlite" for `file:` URLs, "postgresql" for `postgresql://` / `postgres://`; anything else is refused. */
export function databaseProvider(url: string): DatabaseProvider {
  if (/^file:/i.test(url)) return "sqlite";
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  throw new Error(
    `DATABASE_URL "${redactDatabaseUrl(url)}" is not supported: use "file:<path>.db" for SQLite ` +
      `or "postgresql://user:password@host:5432/db" for PostgreSQL (or unset DATABASE_URL for the default SQLite file).`,
  );
}

/** Absolute filesystem path of a `file:` URL (relative paths against baseDir, default cwd). */
export function sqliteFilePath(url: string, baseDir = process.cwd()): string {
  if (!/^file:/i.test(url)) throw new Error(`"${redactDatabaseUrl(url)}" is not a SQLite file: URL`);
  const withoutQuery = url.replace(/[?#].*$/, "");
  if (/^file:\/\//i.test(withoutQuery)) return fileURLToPath(withoutQuery);
  const raw = decodeURIComponent(withoutQuery.slice("file:".length));
  if (raw === "" || raw === ":memory:") throw new Error(`"${url}" names no database file`);
  return path.resolve(baseDir, raw);
}

function withDefaultSchema(url: string, app: string): string {
  const parsed = new URL(url);
  if (parsed.searchParams.has("schema")) return url;
  parsed.searchParams.set("schema", app.replace(/[^a-z0-9_]/gi, "_"));
  return parsed.toString();
}

function absoluteSqliteUrl(url: string, baseDir: string): string {
  const query = /[?#].*$/.exec(url)?.[0] ?? "";
  const file = sqliteFilePath(url, baseDir);
  return pathToFileURL(file).href.replace(/^file:\/\//, "file:") + query;
}

/** The URL with its password hidden, for messages and logs. */
export function redactDatabaseUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/:@]*:)[^/@]*@/i, "$1***@");
}
