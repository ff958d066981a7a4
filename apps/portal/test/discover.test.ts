import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { discoverVerticals } from "../src/verticals/discover";

/** A fake apps/ folder: the portal plus the given manifests (objects are written as JSON, strings as they are). */
function appsFolder(apps: Record<string, unknown>): { portalDir: string; appsDir: string } {
  const appsDir = join(mkdtempSync(join(tmpdir(), "portal-discover-")), "apps");
  const portalDir = join(appsDir, "portal");
  mkdirSync(portalDir, { recursive: true });
  writeFileSync(join(portalDir, "verticals.json"), JSON.stringify({ name: "portal", title: "Portal", industry: "suite", summary: "front door", port: 3100 }));
  for (const [name, manifest] of Object.entries(apps)) {
    mkdirSync(join(appsDir, name), { recursive: true });
    writeFileSync(join(appsDir, name, "verticals.json"), typeof manifest === "string" ? manifest : JSON.stringify(manifest));
  }
  return { portalDir, appsDir };
}

const manifest = (name: string, port: number) => ({ name, title: name.toUpperCase(), industry: "banking", summary: `${name} does things`, datasets: ["creditcard"], port, pipeline: "src/pipeline/index.ts" });

describe("discoverVerticals from the sibling manifests", () => {
  it("lists the other apps by port, at 127.0.0.1:<port>, without the portal itself", () => {
    const { portalDir, appsDir } = appsFolder({ demand: manifest("demand", 3104), fraud: manifest("fraud", 3101) });
    mkdirSync(join(appsDir, "notes"));
    const discovery = discoverVerticals({ portalDir, env: {} });
    expect(discovery.source).toEqual({ kind: "manifests", dir: appsDir });
    expect(discovery.problems).toEqual([]);
    expect(discovery.verticals).toEqual([
      { name: "fraud", title: "FRAUD", industry: "banking", summary: "fraud does things", url: "http://127.0.0.1:3101" },
      { name: "demand", title: "DEMAND", industry: "banking", summary: "demand does things", url: "http://127.0.0.1:3104" },
    ]);
  });

  it("uses VERTICALS_APPS_HOST for the URLs", () => {
    const { portalDir } = appsFolder({ fraud: manifest("fraud", 3101) });
    expect(discoverVerticals({ portalDir, env: { VERTICALS_APPS_HOST: "demo.local" } }).verticals[0]?.url).toBe("http://demo.local:3101");
  });

  it("skips a broken manifest, naming the file and the field, and keeps the others", () => {
    const { portalDir, appsDir } = appsFolder({ fraud: manifest("fraud", 3101), demand: { ...manifest("demand", 3104), port: "3104" }, triage: "{ not json" });
    const discovery = discoverVerticals({ portalDir, env: {} });
    expect(discovery.verticals.map((v) => v.name)).toEqual(["fraud"]);
    expect(discovery.problems).toHaveLength(2);
    expect(discovery.problems).toContainEqual(expect.stringContaining(`${join(appsDir, "demand", "verticals.json")}: field "port"`));
    expect(discovery.problems).toContainEqual(expect.stringContaining(`${join(appsDir, "triage", "verticals.json")}: cannot read the app manifest`));
  });

  it("says there is nothing when the portal stands alone (an exported fork)", () => {
    const { portalDir, appsDir } = appsFolder({});
    expect(discoverVerticals({ portalDir, env: {} })).toEqual({ verticals: [], source: { kind: "none", dir: appsDir }, problems: [] });
  });
});

describe("discoverVerticals from a portal.config.json", () => {
  const config = { verticals: [{ name: "fraud", title: "Fraud", industry: "banking", summary: "s", url: "https://fraud.example.org" }] };

  it("prefers VERTICALS_PORTAL_CONFIG over the manifests", () => {
    const { portalDir } = appsFolder({ demand: manifest("demand", 3104) });
    const file = join(portalDir, "..", "elsewhere.json");
    writeFileSync(file, JSON.stringify(config));
    const discovery = discoverVerticals({ portalDir, env: { VERTICALS_PORTAL_CONFIG: "../elsewhere.json" } });
    expect(discovery).toEqual({ verticals: config.verticals, source: { kind: "config", file }, problems: [] });
  });

  it("reads portal.config.json next to the portal when no variable is set", () => {
    const { portalDir } = appsFolder({ demand: manifest("demand", 3104) });
    writeFileSync(join(portalDir, "portal.config.json"), JSON.stringify(config));
    expect(discoverVerticals({ portalDir, env: {} }).verticals.map((v) => v.name)).toEqual(["fraud"]);
  });

  it("names the file and the field of an invalid config, and shows no vertical", () => {
    const { portalDir } = appsFolder({});
    const file = join(portalDir, "portal.config.json");
    writeFileSync(file, JSON.stringify({ verticals: [{ ...config.verticals[0], url: "ftp://x" }] }));
    const discovery = discoverVerticals({ portalDir, env: {} });
    expect(discovery.verticals).toEqual([]);
    expect(discovery.problems).toEqual([expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: field "verticals\\.0\\.url" `))]);
  });

  it("rejects a vertical listed twice", () => {
    const { portalDir } = appsFolder({});
    writeFileSync(join(portalDir, "portal.config.json"), JSON.stringify({ verticals: [config.verticals[0], config.verticals[0]] }));
    expect(discoverVerticals({ portalDir, env: {} }).problems[0]).toContain('vertical "fraud" is listed twice');
  });

  it("reports a missing config file named by the variable", () => {
    const { portalDir } = appsFolder({});
    const discovery = discoverVerticals({ portalDir, env: { VERTICALS_PORTAL_CONFIG: "/nonexistent/portal.config.json" } });
    expect(discovery.problems[0]).toMatch(/^\/nonexistent\/portal\.config\.json: cannot read the portal config/);
  });
});
