// Runs a child process with inherited output and fails with its command line when it fails.
import { spawn } from "node:child_process";

export function runCommand(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`\`${command} ${args.join(" ")}\` in ${options.cwd} failed (${signal ?? `exit ${code}`})`));
    });
  });
}
