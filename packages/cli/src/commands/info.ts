import { describeBackend, initBackend } from "@verticals/core";
import { findRealDataRoot, resolveDataRoot } from "@verticals/data";
import { listApps } from "../manifest";

/** What this machine will run with: tfjs backend, data directories, apps. */
export async function info(dataRootFlag?: string): Promise<void> {
  const backend = await initBackend();
  const lines = [
    `backend     ${describeBackend(backend)}`,
    `data root   ${resolveDataRoot({ flag: dataRootFlag })}`,
    `real data   ${findRealDataRoot() ?? "not found (set VERTICALS_REAL_DATA_DIR or place ../shared/datasets)"}`,
    `apps        ${listApps().map((app) => `${app.name}:${app.port}`).join("  ") || "none"}`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}
