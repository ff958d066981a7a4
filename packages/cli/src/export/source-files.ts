// The files that make up a folder's source: what git tracks or would track (ignored files such as
// node_modules, builds, trained models and stores stay behind). Outside a git checkout, a walk that
// skips the same kinds of folders.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

const NEVER_COPIED = new Set(["node_modules", ".next", ".turbo", ".verticals", "generated", "test-results", "playwright-report", "coverage"]);

export function listSourceFiles(root: string, folder: string): string[] {
  try {
    const output = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", folder], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    // --cached also lists files deleted from the working tree but not yet from the index.
    return output.split("\0").filter((file) => file && existsSync(join(root, file)));
  } catch {
    return walk(root, join(root, folder));
  }
}

function walk(root: string, dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (NEVER_COPIED.has(entry.name) || entry.name.endsWith(".db")) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(root, path) : [relative(root, path)];
  });
}
