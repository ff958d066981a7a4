// `verticals new <name>`: writes apps/<name>, a fifth vertical with the suite's shape (manifest, data loader,
// model with a baseline and a model card, store schema and migrations, dashboard, jest and e2e tests) that
// passes its own tests as generated. Nothing existing is ever overwritten: the app is written into a temp
// folder next to its target and renamed into place only once complete.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { manifestSchema, UsageError } from "../manifest";
import { readWorkspaceConfig } from "../export/workspace-config";
import { allDependencies, readWorkspacePackages, type PackageManifest } from "../export/workspace-packages";
import { renderTemplate, type RenderedFile } from "./template-files";
import { validateNewVertical, type NewVerticalOptions, type NewVerticalRequest } from "./validate-options";

export interface NewVerticalResult {
  dir: string;
  options: NewVerticalOptions;
  files: string[];
}

export function newVertical(root: string, request: NewVerticalRequest, now = new Date()): NewVerticalResult {
  const options = validateNewVertical(root, request);
  const files = renderApp(options, now);
  checkDependencies(root, files);

  const target = join(root, "apps", options.name);
  const temp = join(root, "apps", `.${options.name}.new-${process.pid}`);
  rmSync(temp, { recursive: true, force: true });
  try {
    for (const file of files) {
      const path = join(temp, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
    }
    // Checked again right before the rename: rename(2) would replace an empty folder created meanwhile.
    if (existsSync(target)) throw new UsageError(`apps/${options.name} appeared while generating; nothing was overwritten`);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  return { dir: target, options, files: files.map((file) => file.path) };
}

/** The template's files with this vertical's tokens filled in, plus its manifest. */
export function renderApp(options: NewVerticalOptions, now = new Date()): RenderedFile[] {
  const manifest = manifestSchema.parse({
    name: options.name,
    title: options.title,
    industry: options.industry,
    summary: options.summary,
    datasets: [],
    dataFolder: options.name,
    port: options.port,
    pipeline: "src/pipeline/index.ts",
  });
  const tokens = {
    NAME: options.name,
    TITLE: options.title,
    INDUSTRY: options.industry,
    SUMMARY: options.summary,
    PORT: String(options.port),
    /** Prefix of the app's environment variables, e.g. CROP_YIELD for crop-yield. */
    ENV: options.name.toUpperCase().replaceAll("-", "_"),
    /** The initial migration's folder prefix, UTC YYYYMMDDHHMMSS as Prisma names them. */
    TIMESTAMP: now.toISOString().replace(/\D/g, "").slice(0, 14),
  };
  return [...renderTemplate(tokens), { path: "verticals.json", content: `${JSON.stringify(manifest, null, 2)}\n` }];
}

/** Every dependency of the new app must resolve in this workspace: a catalog entry or a workspace package. */
function checkDependencies(root: string, files: RenderedFile[]): void {
  const packageJson = files.find((file) => file.path === "package.json");
  if (!packageJson) throw new Error("the vertical template has no package.json");
  const { catalog } = readWorkspaceConfig(join(root, "pnpm-workspace.yaml"));
  const workspace = readWorkspacePackages(root);
  const missing = Object.entries(allDependencies(JSON.parse(packageJson.content) as PackageManifest)).filter(([name, version]) =>
    version === "catalog:" ? !(name in catalog) : version.startsWith("workspace:") ? !workspace.has(name) : false,
  );
  if (missing.length > 0) {
    throw new Error(
      `the new app needs ${missing.map(([name, version]) => `${name} (${version})`).join(", ")}, missing from ${join(root, "pnpm-workspace.yaml")}'s catalog or workspace packages`,
    );
  }
}
