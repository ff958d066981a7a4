import { afterAll } from "@jest/globals";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const dirs: string[] = [];

// Registered when a test file imports this helper: removes the file's temp folders after its tests.
afterAll(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A temp folder removed after the test file's tests. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `verticals-${prefix}-`));
  dirs.push(dir);
  return dir;
}
