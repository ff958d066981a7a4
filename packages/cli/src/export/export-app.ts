// `verticals export <app> <dir>`: one vertical as a standalone repository that a startup can take away.
// It keeps the monorepo's shape (so the README's two commands and every tool work unchanged) but holds
// only that app, the packages it uses and the catalog entries they name.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { type AppManifest, UsageError } from "../manifest";
import { exportReadme } from "./export-readme";
import { listSourceFiles } from "./source-files";
import { formatWorkspaceConfig, readWorkspaceConfig } from "./workspace-config";
import { allDependencies, readWorkspacePackages, workspaceClosure, type WorkspacePackage } from "./workspace-packages";

/**
 * Root files copied as they are: build pipeline, ignore rules, CI script, docs, and the lockfile, which
 * `pnpm install` then prunes to the exported packages (so versions stay exactly those the suite tested).
 */
const ROOT_FILES = [".gitignore", ".npmrc", "turbo.json", ".ci/run", "docs/ARCHITECTURE.md", "data/README.md", "pnpm-lock.yaml"];

export interface ExportResult {
  dir: string;
  packages: string[];
  files: number;
}

export function exportApp(root: string, app: AppManifest, outDir: string): ExportResult {
  const packages = readWorkspacePackages(root);
  const appPackage = [...packages.values()].find((pkg) => resolve(root, pkg.path) === resolve(app.dir));
  if (!appPackage) throw new Error(`${app.dir} is not a workspace package`);
  const result = exportWorkspace(root, [appPackage.name], outDir, { name: `verticals-${app.name}`, description: app.summary });
  writeFileSync(join(result.dir, "README.md"), exportReadme(app, readAppReadme(app)));
  return { ...result, files: result.files + 1 };
}

export interface ExportWorkspaceOptions {
  /** The root package.json's name and description. */
  name: string;
  description: string;
  /** Catalog entries to keep besides those the exported packages name (e.g. for an app added later). */
  keepCatalog?: string[];
}

/**
 * A standalone workspace holding the named packages, every workspace package they depend on, the CLI and
 * the root's own workspace tools, with the root files, a root package.json and a catalog narrowed to them.
 * `verticals export` writes one per app; `verticals new`'s test generates an app into one.
 */
export function exportWorkspace(root: string, start: string[], outDir: string, options: ExportWorkspaceOptions): ExportResult {
  const out = resolve(outDir);
  if (existsSync(out) && readdirSync(out).length > 0) throw new UsageError(`${out} exists and is not empty`);

  const packages = readWorkspacePackages(root);
  // The CLI and the root's own workspace tools come along so the README's commands work in the fork.
  const rootTools = Object.entries(allDependencies(JSON.parse(readFileSync(join(root, "package.json"), "utf8"))))
    .filter(([, version]) => version.startsWith("workspace:"))
    .map(([name]) => name);
  const included = workspaceClosure([...start, "@verticals/cli", ...rootTools], packages);

  let files = 0;
  const copy = (relativePath: string) => {
    const from = join(root, relativePath);
    if (!existsSync(from)) return;
    mkdirSync(dirname(join(out, relativePath)), { recursive: true });
    copyFileSync(from, join(out, relativePath));
    files += 1;
  };
  for (const pkg of included) listSourceFiles(root, pkg.path).forEach(copy);
  ROOT_FILES.forEach(copy);

  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, unknown>;
  writeFileSync(join(out, "package.json"), `${JSON.stringify({ ...manifest, name: options.name, description: options.description }, null, 2)}\n`);
  writeFileSync(join(out, "pnpm-workspace.yaml"), workspaceConfigFor(root, included, options.keepCatalog ?? []));
  return { dir: out, packages: included.map((pkg) => pkg.name), files: files + 2 };
}

/** The catalog narrowed to the versions the included packages (and the root) actually name. */
function workspaceConfigFor(root: string, included: WorkspacePackage[], keep: string[]): string {
  const config = readWorkspaceConfig(join(root, "pnpm-workspace.yaml"));
  const rootDependencies = allDependencies(JSON.parse(readFileSync(join(root, "package.json"), "utf8")));
  const named = new Set(
    [rootDependencies, ...included.map((pkg) => allDependencies(pkg.manifest))].flatMap((dependencies) =>
      Object.entries(dependencies)
        .filter(([, version]) => version === "catalog:")
        .map(([name]) => name),
    ),
  );
  keep.forEach((name) => named.add(name));
  const catalog = Object.fromEntries(Object.entries(config.catalog).filter(([name]) => named.has(name)));
  for (const name of named) {
    if (!(name in catalog)) throw new Error(`pnpm-workspace.yaml: "${name}" is used as catalog: but has no catalog entry`);
  }
  return formatWorkspaceConfig({ ...config, catalog });
}

function readAppReadme(app: AppManifest): string | undefined {
  const file = join(app.dir, "README.md");
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}
