import { spawn } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { createPostgresDatabase, dropPostgresDatabase } from "./postgres-databases";
import { findPostgresBinaries, type PostgresBinaries } from "./postgres-binaries";

export interface TestPostgres {
  /** `postgresql://postgres@127.0.0.1:<port>/postgres`: the server's maintenance database. */
  url: string;
  port: number;
  /** The temp folder holding the cluster (data/) and its log (server.log); deleted by stop(). */
  dir: string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name?: string): Promise<string>;
  /** Drops a database made by createDatabase (connections to it are terminated). */
  dropDatabase(url: string): Promise<void>;
  /** Stops the server and deletes its files; safe to call twice. */
  stop(): Promise<void>;
}

export type StartTestPostgresResult = { postgres: TestPostgres; reason?: undefined } | { postgres: null; reason: string };

/**
 * Starts a throwaway PostgreSQL cluster (initdb --auth=trust into a temp folder, pg_ctl on 127.0.0.1 and a free
 * port, fsync off), or returns `{ postgres: null, reason }` when the server binaries are absent. A detached
 * watchdog stops the server and deletes the folder if this process dies without calling stop().
 */
export async function startTestPostgres(): Promise<StartTestPostgresResult> {
  const binaries = findPostgresBinaries();
  if ("reason" in binaries) return { postgres: null, reason: binaries.reason };

  const root = mkdtempSync(path.join(os.tmpdir(), "verticals-pg-"));
  if (binaries.runAs) chownSync(root, binaries.runAs.uid, binaries.runAs.gid);
  const dataDir = path.join(root, "data");
  const logFile = path.join(root, "server.log");
  const watchdog = startWatchdog(root, dataDir);
  try {
    await run(binaries, "initdb", ["-D", dataDir, "--auth=trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C"]);
    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freePort();
      // TCP only (no Unix socket: its path length is limited), durability off: the data is thrown away.
      const options = `-c listen_addresses=127.0.0.1 -p ${port} -k '' -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
      try {
        await run(binaries, "pg_ctl", ["-D", dataDir, "-l", logFile, "-w", "-t", "30", "-o", options, "start"]);
        return { postgres: handle(binaries, root, dataDir, port, watchdog) };
      } catch (error) {
        lastError = error; // most likely the port was taken meanwhile: try another
      }
    }
    throw lastError;
  } catch (error) {
    const log = existsSync(logFile) ? readFileSync(logFile, "utf8").slice(-2000) : "";
    await shutdown(binaries, root, dataDir, watchdog);
    throw new Error(`startTestPostgres: ${(error as Error).message}${log ? `\nserver log:\n${log}` : ""}`, { cause: error });
  }
}

function handle(binaries: PostgresBinaries, root: string, dataDir: string, port: number, watchdog: number | undefined): TestPostgres {
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  let stopped: Promise<void> | undefined;
  return {
    url,
    port,
    dir: root,
    createDatabase: (name?: string) => createPostgresDatabase(url, name),
    dropDatabase: (databaseUrl: string) => dropPostgresDatabase(url, databaseUrl),
    stop() {
      stopped ??= shutdown(binaries, root, dataDir, watchdog);
      return stopped;
    },
  };
}

async function shutdown(binaries: PostgresBinaries, root: string, dataDir: string, watchdog: number | undefined): Promise<void> {
  if (existsSync(path.join(dataDir, "postmaster.pid"))) {
    await run(binaries, "pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "-t", "30", "stop"]).catch(() => undefined);
  }
  if (watchdog) {
    try {
      process.kill(watchdog, "SIGTERM");
    } catch {
      // already gone
    }
  }
  rmSync(root, { recursive: true, force: true });
}

/**
 * A detached shell that outlives us: once this process is gone it kills the postmaster (immediate
 * shutdown) and removes the folder, so a crashed or killed test run leaves nothing behind.
 */
function startWatchdog(root: string, dataDir: string): number | undefined {
  const script = [
    `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done`,
    `if [ -f "${dataDir}/postmaster.pid" ]; then kill -QUIT "$(head -n 1 "${dataDir}/postmaster.pid")" 2>/dev/null; sleep 1; fi`,
    `rm -rf "${root}"`,
  ].join("; ");
  const child = spawn("/bin/sh", ["-c", script], { detached: true, stdio: "ignore" });
  child.unref();
  return child.pid;
}

function run(binaries: PostgresBinaries, command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(binaries.binDir, command), args, {
      uid: binaries.runAs?.uid,
      gid: binaries.runAs?.gid,
      env: { ...process.env, LC_ALL: "C", HOME: os.tmpdir() },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} exited with code ${code}: ${output.trim().slice(-1500)}`));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
