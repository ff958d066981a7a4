// Reads and writes pnpm-workspace.yaml. Our file is a small, fixed shape (package globs, a flat catalog and
// a list of approved build scripts), so a line reader keeps the CLI free of a YAML dependency.
import { readFileSync } from "node:fs";

export interface WorkspaceConfig {
  packages: string[];
  catalog: Record<string, string>;
  onlyBuiltDependencies: string[];
}

export function readWorkspaceConfig(file: string): WorkspaceConfig {
  const config: WorkspaceConfig = { packages: [], catalog: {}, onlyBuiltDependencies: [] };
  let section: keyof WorkspaceConfig | undefined;
  readFileSync(file, "utf8")
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (/^\s*(#|$)/.test(line)) return;
      const top = /^([A-Za-z]+):\s*$/.exec(line);
      if (top) {
        const name = top[1] as keyof WorkspaceConfig;
        section = name in config ? name : undefined;
        return;
      }
      if (!section) return;
      const item = /^\s+-\s+"?([^"]+?)"?\s*$/.exec(line);
      const entry = /^\s+"?([^":]+)"?:\s*"?([^"\s]+)"?\s*$/.exec(line);
      if (section === "catalog" && entry) config.catalog[entry[1] as string] = entry[2] as string;
      else if (section !== "catalog" && item) config[section].push(item[1] as string);
      else throw new Error(`${file} line ${index + 1}: cannot read "${line.trim()}" in ${section}`);
    });
  return config;
}

function quote(name: string): string {
  return /^[a-z0-9][a-z0-9._-]*$/i.test(name) ? name : `"${name}"`;
}

export function formatWorkspaceConfig(config: WorkspaceConfig): string {
  const catalog = Object.keys(config.catalog)
    .sort()
    .map((name) => `  ${quote(name)}: ${config.catalog[name]}`);
  return [
    "packages:",
    ...config.packages.map((glob) => `  - ${glob}`),
    "",
    '# One version of every dependency, used as "catalog:" in each package.json.',
    "catalog:",
    ...catalog,
    "",
    "# Install scripts run only for these.",
    "onlyBuiltDependencies:",
    ...config.onlyBuiltDependencies.map((name) => `  - ${quote(name)}`),
    "",
  ].join("\n");
}
