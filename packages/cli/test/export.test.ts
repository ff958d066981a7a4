// Exports each app into a temporary folder, installs it offline from the local pnpm store and runs the
// exported app's own tests there: proof that a fork stands alone with only the packages it carries.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { exportApp } from "../src/export/export-app";
import { findWorkspaceRoot, listApps } from "../src/manifest";
import { installOffline, pnpm, run } from "./support/workspace-commands";

const root = findWorkspaceRoot();

// VERTICALS_EXPORT_APPS=fraud,demand narrows the run (each export installs and tests a whole repository).
const only = process.env.VERTICALS_EXPORT_APPS?.split(",").map((name) => name.trim());
const apps = listApps(root).filter((app) => !only || only.includes(app.name));

describe.each(apps.map((app) => [app.name, app] as const))("export %s", (name, app) => {
  it(
    "writes a standalone repository that installs offline and passes its tests",
    () => {
      const out = join(mkdtempSync(join(tmpdir(), `verticals-export-${name}-`)), name);
      try {
        const result = exportApp(root, app, out);
        expect(existsSync(join(out, "apps", name, "verticals.json"))).toBe(true);
        expect(result.packages).toContain("@verticals/cli");
        expect(readFileSync(join(out, "README.md"), "utf8")).toContain("npm run demo");
        for (const other of listApps(root).filter((candidate) => candidate.name !== name)) {
          expect(existsSync(join(out, "apps", other.name))).toBe(false);
        }
        installOffline(out);
        run(out, [...pnpm, "install", "--frozen-lockfile", "--offline", "--reporter=append-only"]);
        const output = run(out, [join(out, "node_modules", ".bin", "turbo"), "run", "test", `--filter=./apps/${name}`]);
        expect(output).toMatch(/Tests:.*\b\d+ passed/);
        expect(output).not.toMatch(/Tests:.*\d+ failed/);
      } finally {
        rmSync(join(out, ".."), { recursive: true, force: true });
      }
    },
    600_000,
  );
});
