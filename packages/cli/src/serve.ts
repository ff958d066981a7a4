// Starts the built dashboards (`next start`) and waits until each answers.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type AppManifest } from "./manifest";
import { appDatabaseUrl } from "./load-pipeline";

export interface RunningApp {
  app: AppManifest;
  url: string;
  process: ChildProcess;
}

export function startApp(app: AppManifest, env: NodeJS.ProcessEnv = process.env): RunningApp {
  const next = join(app.dir, "node_modules", ".bin", "next");
  if (!existsSync(next)) throw new Error(`${app.dir}: next is not installed (run pnpm install)`);
  const child = spawn(next, ["start", "-p", String(app.port), "-H", "127.0.0.1"], {
    cwd: app.dir,
    env: { ...env, DATABASE_URL: appDatabaseUrl(app, env), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
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

export function stopAll(apps: RunningApp[]): void {
  for (const running of apps) if (running.process.exitCode === null) running.process.kill("SIGTERM");
}
