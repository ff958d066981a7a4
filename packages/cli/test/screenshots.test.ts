// The README's screenshots cannot go stale silently: every app with a manifest needs a current
// docs/screenshots/<app>.png that the README shows. Cheap checks, no browser; `pnpm verticals screenshots`
// regenerates the images.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { screenshotProblems, SCREENSHOT_VIEWPORT } from "../src/commands/screenshots";
import { findWorkspaceRoot, listApps } from "../src/manifest";
import { SCREENSHOT_PAGES, screenshotPath } from "../src/screenshot-pages";

const root = findWorkspaceRoot();
const apps = listApps(root);
const MAX_BYTES = 400 * 1024;
const REGENERATE = "run `pnpm verticals screenshots` (after `pnpm verticals demo --check`)";

/** Width and height from a PNG's IHDR chunk; throws when the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("latin1", 12, 16) !== "IHDR") throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The README's "What you see" section, up to the next second-level heading. */
function whatYouSee(readme: string): string {
  const start = readme.indexOf("\n## What you see");
  if (start < 0) throw new Error('README.md has no "## What you see" section');
  const end = readme.indexOf("\n## ", start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

// An exported fork (`verticals export`) carries one app and its own README, not the suite's gallery.
const isSuite = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name?: string }).name === "verticals";
if (!isSuite) console.log(`[screenshots] SKIPPED the README gallery checks: ${root} is not the Verticals suite (an exported fork?)`);
const describeSuite = isSuite ? describe : describe.skip;

describeSuite("README screenshots", () => {
  it("finds the apps", () => {
    expect(apps.map((app) => app.name)).toContain("portal");
  });

  it.each(apps.map((app) => [app.name] as const))("%s has a 1440x900 PNG under 400 KB in docs/screenshots", (name) => {
    const file = join(root, screenshotPath(name));
    if (!existsSync(file)) throw new Error(`${file} is missing: ${REGENERATE}`);
    expect(pngSize(file)).toEqual(SCREENSHOT_VIEWPORT);
    expect(statSync(file).size).toBeLessThan(MAX_BYTES);
  });

  it.each(apps.map((app) => [app.name] as const))("the README's \"What you see\" shows %s", (name) => {
    const section = whatYouSee(readFileSync(join(root, "README.md"), "utf8"));
    if (!section.includes(`](${screenshotPath(name)})`)) throw new Error(`README.md's "What you see" does not show ${screenshotPath(name)}: add it (${REGENERATE} first)`);
  });

  it("shows the portal first", () => {
    const section = whatYouSee(readFileSync(join(root, "README.md"), "utf8"));
    const images = [...section.matchAll(/\]\((docs\/screenshots\/[^)]+\.png)\)/g)].map((match) => match[1]);
    expect(images[0]).toBe(screenshotPath("portal"));
  });

  it("has no screenshot page configured for an app that does not exist", () => {
    const names = new Set(apps.map((app) => app.name));
    expect(Object.keys(SCREENSHOT_PAGES).filter((name) => !names.has(name))).toEqual([]);
  });
});

describe("screenshot preflight", () => {
  let busy: Server;
  let busyPort = 0;
  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((done) => busy.listen(0, "127.0.0.1", done));
    busyPort = (busy.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise<void>((done) => busy.close(() => done()));
  });

  function appIn(name: string, port: number, built: boolean) {
    const dir = join(mkdtempSync(join(tmpdir(), "verticals-shots-")), name);
    mkdirSync(join(dir, ".next"), { recursive: true });
    if (built) writeFileSync(join(dir, ".next", "BUILD_ID"), "x");
    return { name, title: name, industry: "test", summary: "test app", datasets: [], port, dir };
  }

  it("names an unbuilt app and the command that builds it", async () => {
    const problems = await screenshotProblems([appIn("ledger", await freePort(), false)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^ledger: not built .*BUILD_ID.*pnpm verticals demo --check/);
  });

  it("names an app whose port is taken", async () => {
    const problems = await screenshotProblems([appIn("ledger", busyPort, true)]);
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^ledger: port ${busyPort} is in use`))]);
  });

  it("finds nothing wrong with a built app on a free port", async () => {
    expect(await screenshotProblems([appIn("ledger", await freePort(), true)])).toEqual([]);
  });
});

/** A port the system just handed out and released: free for the moment the check needs. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}
