// Starts the built dashboards (`next start`) and waits until each answers.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { type AppManifest } from "./manifest";
import { appDatabaseUrl } from "./load-pipeline";

export interface RunningApp {
  app: AppManifest;
  url: string;
  process: ChildProcess;
}

/** True when nothing listens on 127.0.0.1:port. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolveFree) => {
    const probe = createServer();
    probe.once("error", () => resolveFree(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolveFree(true)));
  });
}

/** Fails with a clear message when something already listens on an app's port (e.g. a demo left running). */
export async function assertPortFree(app: AppManifest): Promise<void> {
  if (!(await portIsFree(app.port))) {
    throw new Error(`${app.name}: port ${app.port} is already in use (another \`verticals demo\` or \`next\` still running?); stop it and run again`);
  }
}

export function startApp(app: AppManifest, env: NodeJS.ProcessEnv = process.env): RunningApp {
  const next = join(app.dir, "node_modules", ".bin", "next");
  if (!existsSync(next)) throw new Error(`${app.dir}: next is not installed (run pnpm install)`);
  const child = spawn(next, ["start", "-p", String(app.port), "-H", "127.0.0.1"], {
    cwd: app.dir,
    env: { ...env, DATABASE_URL: appDatabaseUrl(app, env), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    // Its own process group, so stopping it also stops the server processes `next start` forks.
    detached: true,
  });
  return { app, url: `http://127.0.0.1:${app.port}`, process: child };
}

/** Polls the URL until it answers 200, the process dies or the timeout passes. */
export async function waitUntilUp(running: RunningApp, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (running.process.exitCode !== null) {
      throw new Error(`${running.app.name}: server exited with code ${running.process.exitCode}`);
    }
    try {
      const response = await fetch(running.url, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolveDelay) => setTimeout(resolveDelay, 500));
  }
  throw new Error(`${running.app.name}: no answer from ${running.url} within ${timeoutMs / 1000} s`);
}

/** Stops each server's whole process group and waits (up to 10 s, then SIGKILL) until its port is free. */
export async function stopAll(apps: RunningApp[]): Promise<void> {
  await Promise.all(apps.map((running) => stopGroup(running.process)));
}

/** Synchronous best effort for `process.on("exit")`, where nothing can be awaited. */
export function killAll(apps: RunningApp[]): void {
  for (const running of apps) signalGroup(running.process, "SIGKILL");
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolveExit) => child.once("exit", () => resolveExit()));
  signalGroup(child, "SIGTERM");
  const timer = setTimeout(() => signalGroup(child, "SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
  // The group may outlive its leader by a moment; make sure nothing keeps the port.
  signalGroup(child, "SIGKILL");
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}
