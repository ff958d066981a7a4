// Running commands inside a standalone workspace written by a test (an exported app, a new vertical).
import { spawnSync } from "node:child_process";

const execPath = process.env.npm_execpath;
/** The pnpm running the tests when there is one, else pnpm from PATH. */
export const pnpm = execPath && /pnpm/.test(execPath) ? [process.execPath, execPath] : ["pnpm"];

/** Runs a command in `cwd`; returns stdout+stderr, failing with both (the last 4000 characters) when it fails. */
export function run(cwd: string, command: string[], env: NodeJS.ProcessEnv = {}): string {
  const result = spawnSync(command[0] as string, command.slice(1), { cwd, encoding: "utf8", env: { ...process.env, CI: "true", ...env } });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`\`${command.join(" ")}\` failed in ${cwd}:\n${output.slice(-4000)}`);
  return output;
}

/** Installs a written workspace from the local pnpm store only (no network), as a fresh clone would. */
export function installOffline(dir: string): void {
  run(dir, [...pnpm, "install", "--no-frozen-lockfile", "--offline", "--reporter=append-only"]);
}
