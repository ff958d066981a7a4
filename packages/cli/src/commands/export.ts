import { existsSync } from "node:fs";
import { findWorkspaceRoot, type AppManifest } from "../manifest";
import { log } from "../log";
import { exportApp } from "../export/export-app";
import { runCommand } from "../run-command";

/** Exports the app as a standalone repository with a lockfile pruned to it, so `pnpm install --frozen-lockfile` works there. */
export async function exportCommand(app: AppManifest, outDir: string): Promise<void> {
  log.step(`export ${app.name} → ${outDir}`);
  const result = exportApp(findWorkspaceRoot(), app, outDir);
  log.info(`${result.files} files; packages: ${result.packages.join(", ")}`);
  log.step("prune its lockfile to the exported packages (pnpm install --lockfile-only)");
  const [command, args] = pnpmCommand();
  await runCommand(command, [...args, "install", "--lockfile-only", "--no-frozen-lockfile", "--prefer-offline", "--reporter=silent"], { cwd: result.dir });
  process.stdout.write(`\nExported to ${result.dir}. Next:\n  cd ${result.dir} && npm run demo\n`);
}

/** The pnpm running us (npm_execpath) when there is one, else pnpm from PATH. */
function pnpmCommand(): [string, string[]] {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath) && existsSync(execPath)) return [process.execPath, [execPath]];
  return ["pnpm", []];
}
