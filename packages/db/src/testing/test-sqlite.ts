import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { sqliteFilePath } from "../database-url";
import { registerCleanup } from "./test-cleanup";

const created = new Set<string>();
let exitHookInstalled = false;

/**
 * A `file:` URL of a new SQLite database in its own temp folder. Removed by removeTestSqlite, by the
 * describeEachStore block it was made in, or at process exit.
 */
export function createTestSqliteUrl(name = "test"): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "verticals-sqlite-"));
  created.add(dir);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on("exit", () => created.forEach((d) => rmSync(d, { recursive: true, force: true })));
  }
  const url = pathToFileURL(path.join(dir, `${name}.db`)).href.replace(/^file:\/\//, "file:");
  registerCleanup(() => removeTestSqlite(url));
  return url;
}

/** Deletes a database made by createTestSqliteUrl (with its -wal/-journal files). */
export function removeTestSqlite(url: string): void {
  const dir = path.dirname(sqliteFilePath(url));
  if (!created.delete(dir)) return; // not ours: never delete other folders
  rmSync(dir, { recursive: true, force: true });
}
