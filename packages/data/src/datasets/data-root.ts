import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { DATASET_FOLDERS, type DatasetKey } from "./dataset-keys";

type Env = Readonly<Record<string, string | undefined>>;

/** The folder holding pnpm-workspace.yaml, walking up from `cwd`; `cwd` itself when there is none. */
export function findWorkspaceRoot(cwd: string = process.cwd()): string {
  // turbopackIgnore: a runtime path, so Next.js must not trace (and deploy) the whole project for it.
  let dir = resolve(/*turbopackIgnore: true*/ cwd);
  for (;;) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(/*turbopackIgnore: true*/ cwd);
    dir = parent;
  }
}

/** Data root: the `--data-dir` flag, else VERTICALS_DATA_DIR, else `<workspace root>/data`. Absolute. */
export function resolveDataRoot(options: { flag?: string; env?: Env; cwd?: string } = {}): string {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  if (options.flag) return resolve(cwd, options.flag);
  const fromEnv = env.VERTICALS_DATA_DIR;
  if (fromEnv) return resolve(cwd, fromEnv);
  return join(findWorkspaceRoot(cwd), "data");
}

/** A dataset's folder under a data root, e.g. `<root>/equipment/cmapss`. */
export function datasetDir(root: string, key: DatasetKey): string {
  return join(root, DATASET_FOLDERS[key]);
}

/**
 * Where the real public datasets are: VERTICALS_REAL_DATA_DIR when set (returned even if absent, so
 * a wrong setting shows up as missing files rather than silently), else `<workspace>/../shared/datasets`
 * when it exists, else null (a fresh clone: real-data tests skip).
 */
export function findRealDataRoot(options: { env?: Env; cwd?: string } = {}): string | null {
  const cwd = options.cwd ?? process.cwd();
  const fromEnv = (options.env ?? process.env).VERTICALS_REAL_DATA_DIR;
  if (fromEnv) return resolve(cwd, fromEnv);
  const shared = resolve(findWorkspaceRoot(cwd), "..", "shared", "datasets");
  return isDirectory(shared) ? shared : null;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
