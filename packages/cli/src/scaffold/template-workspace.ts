// A standalone workspace with only what a new vertical needs (the packages the template depends on, the CLI
// and the root's tools): where `verticals new`'s test generates an app, installs it offline and runs its
// checks, away from the suite's own apps.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exportWorkspace, type ExportResult } from "../export/export-app";
import { allDependencies, type PackageManifest } from "../export/workspace-packages";
import { TEMPLATE_DIR } from "./template-files";

export function exportTemplateWorkspace(root: string, outDir: string): ExportResult {
  const dependencies = Object.entries(allDependencies(JSON.parse(readFileSync(join(TEMPLATE_DIR, "package.json"), "utf8")) as PackageManifest));
  const workspace = dependencies.filter(([, version]) => version.startsWith("workspace:")).map(([name]) => name);
  const catalog = dependencies.filter(([, version]) => version === "catalog:").map(([name]) => name);
  return exportWorkspace(root, workspace, outDir, { name: "verticals-new", description: "A workspace for a new vertical", keepCatalog: catalog });
}
