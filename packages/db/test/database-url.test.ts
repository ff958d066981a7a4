import { describe, expect, it } from "@jest/globals";
import { existsSync } from "node:fs";
import path from "node:path";
import { PrismaLibSql } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import { createAdapter, databaseProvider, redactDatabaseUrl, resolveDatabaseUrl, sqliteFilePath } from "../src";
import { postgresConnectionOptions } from "../src/postgres-url";
import { tempDir } from "./helpers/temp-dir";

describe("resolveDatabaseUrl", () => {
  it("defaults to <appDir>/.verticals/<app>.db and creates the folder", () => {
    const appDir = tempDir("app");
    const url = resolveDatabaseUrl({ app: "fraud", appDir, env: {} });
    expect(url).toBe(`file:${appDir}/.verticals/fraud.db`);
    expect(existsSync(path.join(appDir, ".verticals"))).toBe(true);
    expect(sqliteFilePath(url)).toBe(path.join(appDir, ".verticals", "fraud.db"));
  });

  it("uses DATABASE_URL, resolving a relative SQLite path against the app folder", () => {
    const appDir = "/srv/apps/fraud";
    expect(resolveDatabaseUrl({ app: "fraud", appDir, env: { DATABASE_URL: "postgresql://u:p@db:5432/verticals" } })).toBe(
      "postgresql://u:p@db:5432/verticals?schema=fraud",
    );
    expect(resolveDatabaseUrl({ app: "fraud", appDir, env: { DATABASE_URL: "postgresql://u:p@db:5432/v?schema=mine" } })).toBe(
      "postgresql://u:p@db:5432/v?schema=mine",
    );
    expect(resolveDatabaseUrl({ app: "fraud", appDir, env: { DATABASE_URL: "file:./data/x.db" } })).toBe("file:/srv/apps/fraud/data/x.db");
    expect(resolveDatabaseUrl({ app: "fraud", appDir, env: { DATABASE_URL: "file:/abs/x.db" } })).toBe("file:/abs/x.db");
    expect(resolveDatabaseUrl({ app: "fraud", appDir, env: { DATABASE_URL: "  " } })).toBe("file:/srv/apps/fraud/.verticals/fraud.db");
  });

  it("refuses an app name that is not a plain name", () => {
    expect(() => resolveDatabaseUrl({ app: "../evil", appDir: "/tmp", env: {} })).toThrow('app name "../evil"');
  });
});

describe("databaseProvider", () => {
  it("knows file:, postgres:// and postgresql://", () => {
    expect(databaseProvider("file:/x.db")).toBe("sqlite");
    expect(databaseProvider("postgresql://h/db")).toBe("postgresql");
    expect(databaseProvider("postgres://h/db")).toBe("postgresql");
  });

  it("refuses anything else, naming DATABASE_URL without leaking the password", () => {
    expect(() => databaseProvider("mysql://root:secret@h/db")).toThrow(
      'DATABASE_URL "mysql://root:***@h/db" is not supported: use "file:<path>.db" for SQLite or "postgresql://',
    );
    expect(redactDatabaseUrl("postgresql://u:pw@h:5432/db")).toBe("postgresql://u:***@h:5432/db");
  });
});

describe("createAdapter", () => {
  it("returns the libSQL adapter for SQLite and node-postgres for PostgreSQL", () => {
    const sqlite = createAdapter("file:/tmp/x.db");
    expect(sqlite).toBeInstanceOf(PrismaLibSql);
    expect(sqlite.provider).toBe("sqlite");
    const postgres = createAdapter("postgresql://u@localhost:5432/db?schema=fraud");
    expect(postgres).toBeInstanceOf(PrismaPg);
    expect(postgres.provider).toBe("postgres");
  });

  it("splits Prisma's schema parameter off PostgreSQL URLs", () => {
    expect(postgresConnectionOptions("postgresql://u@h:5432/db?schema=fraud&sslmode=disable")).toEqual({
      connectionString: "postgresql://u@h:5432/db?sslmode=disable",
      schema: "fraud",
    });
    expect(postgresConnectionOptions("postgresql://u@h/db")).toEqual({ connectionString: "postgresql://u@h/db", schema: undefined });
  });
});
