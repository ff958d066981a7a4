// Shared by this package's loader/csv/npz tests: temp folders and the real-data switch.
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { datasetDir, findRealDataRoot, type DatasetKey } from "../src/index";

export async function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `verticals-data-${prefix}-`));
}

export async function removeDir(dir: string | undefined): Promise<void> {
  if (dir) await rm(dir, { recursive: true, force: true });
}

/** Write a fixture file (creating folders) and return its path. */
export async function writeFixture(dir: string, name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  return path;
}

const REAL_ROOT = findRealDataRoot();

/**
 * Path of a real dataset file, or null after printing why its tests are skipped. Decided at module
 * load (synchronously) so the caller can choose between `it` and `it.skip`.
 */
export function realFile(key: DatasetKey, name: string): string | null {
  if (!REAL_ROOT) {
    console.log(
      `[skip] real ${key} data: no ../shared/datasets next to the workspace and VERTICALS_REAL_DATA_DIR is unset ` +
        `(point VERTICALS_REAL_DATA_DIR at a folder laid out like data/, see docs/ARCHITECTURE.md).`,
    );
    return null;
  }
  const path = join(datasetDir(REAL_ROOT, key), name);
  if (!existsSync(path)) {
    console.log(`[skip] real ${key} data: ${path} is missing.`);
    return null;
  }
  return path;
}

/** Catch the error a promise rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the promise to reject, it resolved");
}
