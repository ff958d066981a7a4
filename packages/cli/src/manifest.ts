// An app's manifest (apps/<app>/verticals.json) is how the CLI and the portal discover verticals
// without importing app code statically: packages never depend on apps.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { z } from "zod";

export const manifestSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9-]*$/, "lower-case name, e.g. fraud"),
  title: z.string(),
  industry: z.string(),
  summary: z.string(),
  /** Dataset keys of @verticals/data this app reads, e.g. ["creditcard"]. */
  datasets: z.array(z.string()).default([]),
  /** Folder under the data root holding this app's files, e.g. "fraud" (what `evaluate --data-dir` points at). */
  dataFolder: z.string().optional(),
  port: z.number().int().min(1024).max(65535),
  /** Module (relative to the app) exporting the VerticalPipeline; absent for apps with nothing to train. */
  pipeline: z.string().optional(),
});

export type AppManifest = z.infer<typeof manifestSchema> & { dir: string };

/** The folder holding pnpm-workspace.yaml, searched upwards from `from`; falls back to `from`. */
export function findWorkspaceRoot(from = process.cwd()): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(from);
    dir = parent;
  }
}

export function readManifest(appDir: string): AppManifest {
  const file = join(appDir, "verticals.json");
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new UsageError(`${file}: cannot read the app manifest (${(error as Error).message})`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`${file}: field "${issue?.path.join(".")}" ${issue?.message}`);
  }
  return { ...parsed.data, dir: appDir };
}

/** Every app under <root>/apps that has a verticals.json, in a stable order. */
export function listApps(root = findWorkspaceRoot()): AppManifest[] {
  const appsDir = join(root, "apps");
  if (!existsSync(appsDir)) return [];
  return readdirSync(appsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(appsDir, entry.name, "verticals.json")))
    .map((entry) => readManifest(join(appsDir, entry.name)))
    .sort((a, b) => a.port - b.port);
}

export function findApp(name: string, root = findWorkspaceRoot()): AppManifest {
  const apps = listApps(root);
  const app = apps.find((candidate) => candidate.name === name);
  if (!app) {
    const known = apps.map((candidate) => candidate.name).join(", ") || "none";
    throw new UsageError(`unknown app "${name}" (apps: ${known})`);
  }
  return app;
}

/** A mistake in how the command was called: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
