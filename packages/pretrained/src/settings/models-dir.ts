import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import { findWorkspaceRoot } from "@verticals/data";
import type { SettingsEnv } from "./settings-env";

export const MODELS_DIR_ENV = "VERTICALS_MODELS_DIR";

/** Where the models directory came from, for messages that say how to change it. */
export type ModelsDirSource = "option" | "env" | "default";

export interface ModelsDir {
  /** Where `models fetch` writes (absolute; may not exist yet). Never the read-only shared folder. */
  dir: string;
  /** Folders searched for models, in order (absolute; any may be absent). */
  searchDirs: string[];
  source: ModelsDirSource;
}

export interface ModelsDirOptions {
  /** An explicit directory (e.g. a `--models-dir` flag); wins over everything. */
  modelsDir?: string;
  env?: SettingsEnv;
  cwd?: string;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The models directory. An explicit option, else VERTICALS_MODELS_DIR, is the only folder searched and the
 * one `models fetch` writes to (kept as given even if absent, so a typo shows up as missing weights).
 * Unset: search `<workspace>/../shared/models` when it exists (the build machines' read-only copy), then
 * `<workspace>/models`, which is also where `models fetch` writes.
 */
export function resolveModelsDir(options: ModelsDirOptions = {}): ModelsDir {
  const cwd = options.cwd ?? process.cwd();
  if (options.modelsDir) {
    const dir = resolve(cwd, options.modelsDir);
    return { dir, searchDirs: [dir], source: "option" };
  }
  const fromEnv = (options.env ?? process.env)[MODELS_DIR_ENV];
  if (fromEnv && fromEnv.trim() !== "") {
    const dir = resolve(cwd, fromEnv);
    return { dir, searchDirs: [dir], source: "env" };
  }
  const workspace = findWorkspaceRoot(cwd);
  const own = join(workspace, "models");
  const shared = resolve(workspace, "..", "shared", "models");
  return { dir: own, searchDirs: isDirectory(shared) ? [shared, own] : [own], source: "default" };
}

export function describeModelsDir(models: ModelsDir): string {
  switch (models.source) {
    case "option":
      return `${models.dir} (given explicitly)`;
    case "env":
      return `${models.dir} (from ${MODELS_DIR_ENV})`;
    case "default":
      return `${models.searchDirs.join(" then ")} (default, ${MODELS_DIR_ENV} is unset)`;
  }
}
