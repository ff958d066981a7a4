import { describe, expect, it } from "@jest/globals";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { findPostgresBinaries, postgresUnavailableReason, startTestPostgres } from "../src/testing";

const unavailable = (() => {
  const found = findPostgresBinaries();
  return "reason" in found ? found.reason : null;
})();
const withPostgres = unavailable ? describe.skip : describe;
if (unavailable) console.warn(`test-postgres tests skipped: ${unavailable}`);

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}


describe("findPostgresBinaries", () => {
  it("explains how to get PostgreSQL when the binaries are absent", () => {
    const found = findPostgresBinaries({ VERTICALS_PG_BIN_DIR: "/nonexistent/bin" });
    expect(found).toEqual({ reason: expect.stringContaining("apt-get install postgresql") });
    expect(postgresUnavailableReason({ VERTICALS_PG_BIN_DIR: "/nonexistent/bin" })).toContain("apt-get install postgresql");
    expect(postgresUnavailableReason({ VERTICALS_TEST_POSTGRES_URL: "postgresql://h/db", VERTICALS_PG_BIN_DIR: "/x" })).toBeNull();
  });
});

withPostgres("startTestPostgres", () => {
  it("starts a cluster on 127.0.0.1, makes databases, and stops leaving nothing behind", async () => {
    const started = Date.now();
    const { postgres } = await startTestPostgres();
    if (!postgres) throw new Error("unreachable");
    console.log(`startTestPostgres took ${Date.now() - started} ms`);
    expect(postgres.url).toBe(`postgresql://postgres@127.0.0.1:${postgres.port}/postgres`);
    const url = await postgres.createDatabase("made_here");
    expect(url).toBe(`postgresql://postgres@127.0.0.1:${postgres.port}/made_here`);
    expect(await canConnect(url)).toBe(true);
    await postgres.dropDatabase(url);
    expect(await canConnect(url)).toBe(false);

    expect(existsSync(path.join(postgres.dir, "data", "PG_VERSION"))).toBe(true);
    await postgres.stop();
    await postgres.stop(); // idempotent
    expect(await canConnect(postgres.url)).toBe(false);
    expect(existsSync(postgres.dir)).toBe(false);
  });

  it("is stopped and removed by its watchdog when the process that started it is killed", async () => {
    // A child process starts a cluster, prints its URL and folder, and is then killed with SIGKILL.
    const script = `
      import { tsImport } from "tsx/esm/api";
      const { startTestPostgres } = await tsImport(${JSON.stringify(fileURLToPath(new URL("../src/testing/test-postgres.ts", import.meta.url)))}, import.meta.url);
      const { postgres } = await startTestPostgres();
      console.log(JSON.stringify({ url: postgres.url, dir: postgres.dir }));
      setInterval(() => {}, 1000);
    `;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
      cwd: path.dirname(fileURLToPath(import.meta.url)),
      stdio: ["ignore", "pipe", "inherit"],
    });
    const { url, dir } = await new Promise<{ url: string; dir: string }>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split("\n").find((l) => l.startsWith("{"));
        if (line) resolve(JSON.parse(line) as { url: string; dir: string });
      });
      child.on("exit", (code) => reject(new Error(`child exited early (${code})`)));
    });
    expect(await canConnect(url)).toBe(true);
    expect(existsSync(path.join(dir, "data", "postmaster.pid"))).toBe(true);
    child.kill("SIGKILL");
    const deadline = Date.now() + 15_000;
    while ((existsSync(dir) || (await canConnect(url))) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(await canConnect(url)).toBe(false);
    expect(existsSync(dir)).toBe(false);
  }, 30_000);
});
