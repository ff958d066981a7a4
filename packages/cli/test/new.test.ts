// `verticals new`: name, port and no-overwrite rules on a small fixture workspace, then the real thing: a
// vertical generated into a standalone workspace (the export machinery's), installed offline from the local
// pnpm store, passing its own typecheck, lint and tests as generated.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "@jest/globals";
import { findWorkspaceRoot, readManifest, UsageError } from "../src/manifest";
import { newVertical, renderApp } from "../src/scaffold/new-vertical";
import { TEMPLATE_DIR } from "../src/scaffold/template-files";
import { exportTemplateWorkspace } from "../src/scaffold/template-workspace";
import { validateNewVertical } from "../src/scaffold/validate-options";
import { installOffline, pnpm, run } from "./support/workspace-commands";

const root = findWorkspaceRoot();
const temp = mkdtempSync(join(tmpdir(), "verticals-new-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A workspace with two apps (ports 3101, 3102) and stand-ins for the packages the template depends on. */
function fixtureWorkspace(label: string): string {
  const dir = join(temp, label);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "pnpm-workspace.yaml"), readFileSync(join(root, "pnpm-workspace.yaml")));
  const write = (path: string, json: unknown) => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), JSON.stringify(json));
  };
  ["alpha", "beta"].forEach((name, i) => {
    write(`apps/${name}/package.json`, { name: `@verticals/${name}` });
    write(`apps/${name}/verticals.json`, { name, title: name, industry: "test", summary: "test", port: 3101 + i });
  });
  const template = JSON.parse(readFileSync(join(TEMPLATE_DIR, "package.json"), "utf8")) as Record<string, Record<string, string>>;
  for (const name of Object.keys({ ...template.dependencies, ...template.devDependencies }).filter((n) => n.startsWith("@verticals/"))) {
    write(`packages/${name.slice("@verticals/".length)}/package.json`, { name });
  }
  return dir;
}

const usageError = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error("expected a UsageError");
};

describe("verticals new: validation", () => {
  const ws = fixtureWorkspace("validation");

  it("accepts a lower-case name and picks the next free port, a title and an industry", () => {
    const options = validateNewVertical(ws, { name: "crop-yield" });
    expect(options).toMatchObject({ name: "crop-yield", title: "Crop Yield", industry: "general", port: 3103 });
    expect(validateNewVertical(ws, { name: "energy2", title: "Grid load", industry: "energy", port: "3200" })).toMatchObject({ title: "Grid load", industry: "energy", port: 3200 });
  });

  it.each([
    ["Energy", /must be lower-case letters and digits/],
    ["2energy", /starting with a letter/],
    ["crop_yield", /optionally joined by single hyphens/],
    ["crop--yield", /single hyphens/],
    ["energy-", /single hyphens/],
    ["../energy", /lower-case/],
    ["a".repeat(33), /longer than 32 characters/],
    ["alpha", /an app named "alpha" already exists \(apps\/alpha\)/],
    ["core", /already has a package named @verticals\/core/],
  ])("rejects the name %s", (name, message) => {
    expect(usageError(() => validateNewVertical(ws, { name }))).toMatch(message);
  });

  it("rejects a folder that exists without a manifest, a taken port, an e2e port collision and a bad port", () => {
    mkdirSync(join(ws, "apps", "notes"), { recursive: true });
    expect(usageError(() => validateNewVertical(ws, { name: "notes" }))).toMatch(/apps\/notes already exists/);
    expect(usageError(() => validateNewVertical(ws, { name: "energy", port: "3102" }))).toMatch(/port 3102 is beta's port; pick a free one with --port \(taken: 3101, 3102\)/);
    expect(usageError(() => validateNewVertical(ws, { name: "energy", port: "4101" }))).toMatch(/port 4101 collides with alpha's port through the e2e offset/);
    expect(usageError(() => validateNewVertical(ws, { name: "energy", port: "http" }))).toMatch(/--port http: expected an integer from 1024 to 64535/);
    expect(usageError(() => validateNewVertical(ws, { name: "energy", port: "65000" }))).toMatch(/expected an integer/);
    expect(usageError(() => validateNewVertical(ws, { name: "energy", title: 'say "hi"' }))).toMatch(/--title .* without quotes/);
  });
});

describe("verticals new: writing", () => {
  it("renders every template file with its tokens filled in and a valid manifest", () => {
    const files = renderApp({ name: "crop-yield", title: "Crop Yield", industry: "agriculture", port: 3105, summary: "s" }, new Date("2026-11-25T10:20:30Z"));
    for (const file of files) expect(`${file.path}\n${file.content}`).not.toMatch(/__[A-Z][A-Z0-9]*__/);
    const paths = files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(["verticals.json", "src/pipeline/index.ts", "prisma/schema.prisma", "app/api/summary/route.ts", "test/pipeline.test.ts", "e2e/prepare.ts"]));
    expect(paths).toContain("prisma/migrations/20261125102030_init/migration.sql");
    expect(paths).toContain("prisma/migrations-postgresql/20261125102030_init/migration.sql");
    const pkg = JSON.parse(files.find((file) => file.path === "package.json")!.content) as { name: string; scripts: Record<string, string> };
    expect(pkg.name).toBe("@verticals/crop-yield");
    expect(pkg.scripts.dev).toMatch(/-p 3105$/);
    expect(files.find((file) => file.path === "src/pipeline/config.ts")!.content).toContain("CROP_YIELD_MAX_EPOCHS");
  });

  it("writes apps/<name> whole, then refuses to overwrite it, leaving it and no temp folder behind", () => {
    const ws = fixtureWorkspace("writing");
    const result = newVertical(ws, { name: "energy", industry: "energy" });
    expect(readManifest(result.dir)).toMatchObject({ name: "energy", port: 3103, dataFolder: "energy", pipeline: "src/pipeline/index.ts" });
    const before = readFileSync(join(result.dir, "src", "pipeline", "columns.ts"), "utf8");
    writeFileSync(join(result.dir, "src", "pipeline", "columns.ts"), `${before}// my change\n`);
    expect(usageError(() => newVertical(ws, { name: "energy" }))).toMatch(/already exists/);
    expect(readFileSync(join(result.dir, "src", "pipeline", "columns.ts"), "utf8")).toBe(`${before}// my change\n`);
    expect(readdirSync(join(ws, "apps")).sort()).toEqual(["alpha", "beta", "energy"]);
  });

  it("names a dependency the workspace cannot provide, and writes nothing", () => {
    const ws = fixtureWorkspace("missing-package");
    rmSync(join(ws, "packages", "ui"), { recursive: true });
    expect(() => newVertical(ws, { name: "energy" })).toThrow(/needs @verticals\/ui \(workspace:\*\), missing/);
    expect(existsSync(join(ws, "apps", "energy"))).toBe(false);
    expect(readdirSync(join(ws, "apps")).sort()).toEqual(["alpha", "beta"]);
  });
});

describe("verticals new: the generated app", () => {
  it(
    "installs offline in a standalone workspace and passes its own typecheck, lint and tests",
    () => {
      const out = join(temp, "workspace");
      const exported = exportTemplateWorkspace(root, out);
      expect(exported.packages).not.toContain("@verticals/fraud");
      const { dir } = newVertical(out, { name: "crop-yield", industry: "agriculture" });
      const timed = <T>(label: string, step: () => T): T => {
        const started = Date.now();
        const result = step();
        timings.push(`${label} ${((Date.now() - started) / 1000).toFixed(1)} s`);
        return result;
      };
      const timings: string[] = [];
      timed("install", () => installOffline(out));
      // test first: it generates the Prisma clients that typecheck needs.
      const tests = timed("test", () => run(dir, [...pnpm, "test"]));
      expect(tests).toMatch(/Tests:\s+\d+ passed/);
      expect(tests).not.toMatch(/Tests:.*\d+ failed/);
      expect(tests).toMatch(/PASS test\/pipeline\.test\.ts/);
      timed("typecheck", () => run(dir, [...pnpm, "typecheck"]));
      timed("lint", () => run(dir, [...pnpm, "lint"]));
      console.log(`generated app crop-yield: ${timings.join(", ")}`);
    },
    300_000,
  );
});
