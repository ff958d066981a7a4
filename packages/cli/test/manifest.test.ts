import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { parseCommandLine } from "../src/command-line";
import { appArtifactsDir } from "../src/load-pipeline";
import { findApp, listApps, readManifest, UsageError } from "../src/manifest";

function workspaceWith(apps: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), "verticals-cli-"));
  writeFileSync(join(root, "pnpm-workspace.yaml"), "packages: [apps/*]\n");
  for (const [name, manifest] of Object.entries(apps)) {
    mkdirSync(join(root, "apps", name), { recursive: true });
    writeFileSync(join(root, "apps", name, "verticals.json"), JSON.stringify(manifest));
  }
  return root;
}

const fraud = { name: "fraud", title: "Fraud", industry: "banking", summary: "scores card transactions", datasets: ["creditcard"], port: 3101 };

describe("app manifests", () => {
  it("lists apps ordered by port and finds one by name", () => {
    const root = workspaceWith({ fraud, demand: { ...fraud, name: "demand", title: "Demand", port: 3104 } });
    expect(listApps(root).map((app) => app.name)).toEqual(["fraud", "demand"]);
    expect(findApp("demand", root).dir).toBe(join(root, "apps", "demand"));
  });

  it("names the unknown app and the known ones", () => {
    const root = workspaceWith({ fraud });
    expect(() => findApp("payroll", root)).toThrow(UsageError);
    expect(() => findApp("payroll", root)).toThrow('unknown app "payroll" (apps: fraud)');
  });

  it("rejects a manifest with a bad field, naming file and field", () => {
    const root = workspaceWith({ fraud: { ...fraud, port: "3101" } });
    expect(() => readManifest(join(root, "apps", "fraud"))).toThrow(/verticals\.json: field "port"/);
  });
});

describe("an app's artifacts folder", () => {
  it("is <app>/.verticals, or VERTICALS_ARTIFACTS_DIR relative to the app folder, as the app's server reads it", () => {
    const root = workspaceWith({ fraud });
    const app = findApp("fraud", root);
    expect(appArtifactsDir(app, {})).toBe(join(app.dir, ".verticals"));
    expect(appArtifactsDir(app, { VERTICALS_ARTIFACTS_DIR: "models/prod" })).toBe(join(app.dir, "models", "prod"));
    expect(existsSync(join(app.dir, "models", "prod"))).toBe(true);
  });
});

describe("command-line mistakes", () => {
  it("are usage errors: the message, no stack trace", () => {
    expect(() => parseCommandLine({ args: ["--bogus"], options: { "data-dir": { type: "string" } } })).toThrow(UsageError);
    expect(() => parseCommandLine({ args: ["--data-dir"], options: { "data-dir": { type: "string" } } })).toThrow(/argument missing/);
    const root = workspaceWith({ fraud: { ...fraud, port: "x" } });
    expect(() => readManifest(join(root, "apps", "fraud"))).toThrow(UsageError);
  });
});
