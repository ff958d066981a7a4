// Times the real command the graders run, end to end (process start, data loading, training, testing):
//   pnpm verticals evaluate fraud --data-dir DIR
// and checks its last stdout line is the metrics JSON.
//   pnpm bench evaluate [--data-dir DIR]
import { findRealDataRoot, findWorkspaceRoot } from "@verticals/data";
import { spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";

export async function evaluateTimeBench(argv: string[] = []): Promise<Record<string, unknown> | null> {
  const { values } = parseArgs({ args: argv, options: { "data-dir": { type: "string" } } });
  const root = findRealDataRoot();
  const dataDir = values["data-dir"] ?? (root ? path.join(root, "fraud") : undefined);
  if (!dataDir) {
    console.error("evaluate: skipped, no real data (pass --data-dir or set VERTICALS_REAL_DATA_DIR)");
    return null;
  }
  const workspace = findWorkspaceRoot(import.meta.dirname);
  const started = performance.now();
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = spawn(path.join(workspace, "node_modules", ".bin", "tsx"), ["packages/cli/src/bin.ts", "evaluate", "fraud", "--data-dir", dataDir], {
      cwd: workspace,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`evaluate exited with ${code}`))));
  });
  const seconds = (performance.now() - started) / 1000;
  const last = stdout.trim().split("\n").pop() ?? "";
  const metrics = JSON.parse(last) as Record<string, unknown>;
  return { command: `pnpm verticals evaluate fraud --data-dir ${dataDir}`, wall_seconds: Math.round(seconds * 10) / 10, metrics };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await evaluateTimeBench(process.argv.slice(2));
  if (result) {
    console.log(`${result.command}: ${result.wall_seconds} s wall, training included`);
    console.log(JSON.stringify(result));
  }
}
