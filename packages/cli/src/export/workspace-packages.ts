// The workspace's packages and which of them an app needs (its workspace dependencies, transitively).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

export interface WorkspacePackage {
  name: string;
  /** Folder relative to the workspace root, e.g. "packages/core". */
  path: string;
  manifest: PackageManifest;
}

export interface PackageManifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  [key: string]: unknown;
}

const WORKSPACE_FOLDERS = ["apps", "packages", "tooling"];

export function readWorkspacePackages(root: string): Map<string, WorkspacePackage> {
  const packages = new Map<string, WorkspacePackage>();
  for (const folder of WORKSPACE_FOLDERS) {
    const parent = join(root, folder);
    if (!existsSync(parent)) continue;
    for (const entry of readdirSync(parent, { withFileTypes: true })) {
      const file = join(parent, entry.name, "package.json");
      if (!entry.isDirectory() || !existsSync(file)) continue;
      const manifest = JSON.parse(readFileSync(file, "utf8")) as PackageManifest;
      packages.set(manifest.name, { name: manifest.name, path: relative(root, join(parent, entry.name)), manifest });
    }
  }
  return packages;
}

export function allDependencies(manifest: PackageManifest): Record<string, string> {
  return {
    ...manifest.peerDependencies,
    ...manifest.optionalDependencies,
    ...manifest.devDependencies,
    ...manifest.dependencies,
  };
}

/** The named packages plus every workspace package they depend on, directly or not. */
export function workspaceClosure(start: string[], packages: Map<string, WorkspacePackage>): WorkspacePackage[] {
  const seen = new Map<string, WorkspacePackage>();
  const queue = [...start];
  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (seen.has(name)) continue;
    const pkg = packages.get(name);
    if (!pkg) throw new Error(`workspace package "${name}" not found`);
    seen.set(name, pkg);
    for (const [dependency, version] of Object.entries(allDependencies(pkg.manifest))) {
      if (version.startsWith("workspace:")) queue.push(dependency);
    }
  }
  return [...seen.values()].sort((a, b) => a.path.localeCompare(b.path));
}
