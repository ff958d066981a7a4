// Shared Playwright preset for the apps: Debian's Chromium, the built app served by `next start`,
// and a clean skip (exit 0) where Chromium is not installed.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_MISSING, findChromium } from "./chromium.mjs";

export { CHROMIUM_ARGS, CHROMIUM_MISSING, findChromium } from "./chromium.mjs";

const here = dirname(fileURLToPath(import.meta.url));

/**
 * @param {{ port: number, appDir?: string, testDir?: string, timeoutMs?: number }} options
 * @returns {import("@playwright/test").PlaywrightTestConfig}
 */
export function defineAppE2EConfig({ port, appDir = process.cwd(), testDir = "e2e", timeoutMs = 30_000 }) {
  if (!Number.isInteger(port) || port < 1024 || port > 64535) {
    throw new Error(`defineAppE2EConfig: port must be an integer between 1024 and 64535, got ${port}`);
  }
  const root = resolve(appDir);
  const chromium = findChromium();

  if (!chromium.path) {
    // CI sets VERTICALS_REQUIRE_CHROMIUM=1: there a missing browser is a failure, not a skip.
    if (process.env.VERTICALS_REQUIRE_CHROMIUM === "1") {
      throw new Error(`${CHROMIUM_MISSING} (VERTICALS_REQUIRE_CHROMIUM=1; looked for ${chromium.tried.join(", ")})`);
    }
    // The config is loaded by the runner and again by each worker: say it once.
    if (!process.env.VERTICALS_E2E_SKIP_SAID) {
      process.env.VERTICALS_E2E_SKIP_SAID = "1";
      console.warn(`\n[e2e] SKIPPED ${root}: ${CHROMIUM_MISSING} (looked for ${chromium.tried.join(", ")}; set CHROMIUM_PATH to use another binary)\n`);
    }
    // One test that skips itself: the run reports "1 skipped" and exits 0, and no server is started.
    return defineConfig({ testDir: join(here, "skip"), testMatch: "chromium-missing.spec.mjs", reporter: "list", workers: 1, outputDir: join(root, "test-results") });
  }

  const isCI = Boolean(process.env.CI);
  // E2E_BASE_URL points the tests at a server that is already running (nothing is started then).
  const external = process.env.E2E_BASE_URL;
  // The test server runs on its own port (the app's + 1000) with its own store and model, so a demo
  // left running on the app's port neither blocks the tests nor gets tested by mistake.
  const e2ePort = port + 1000;
  const baseURL = external ?? `http://127.0.0.1:${e2ePort}`;
  if (!external && !existsSync(join(root, ".next", "BUILD_ID"))) {
    console.warn(`[e2e] ${root} has no production build (.next/BUILD_ID): run \`pnpm build\` first, or reuse a running server.`);
  }

  return defineConfig({
    testDir: join(root, testDir),
    outputDir: join(root, "test-results"),
    timeout: timeoutMs,
    expect: { timeout: 10_000 },
    fullyParallel: false,
    // Two cores shared with other work: one browser at a time.
    workers: 1,
    retries: isCI ? 1 : 0,
    forbidOnly: isCI,
    reporter: [["list"]],
    use: {
      baseURL,
      browserName: "chromium",
      headless: true,
      viewport: { width: 1440, height: 900 },
      launchOptions: { executablePath: chromium.path, args: CHROMIUM_ARGS },
      screenshot: "only-on-failure",
      trace: "retain-on-failure",
      actionTimeout: 10_000,
      navigationTimeout: 20_000,
    },
    webServer: external
      ? undefined
      : {
          command: `"${join(root, "node_modules", ".bin", "next")}" start -p ${e2ePort} -H 127.0.0.1`,
          cwd: root,
          url: baseURL,
          // Never reuse: a server found on this port may serve another store than the one e2e prepared.
          reuseExistingServer: false,
          timeout: 120_000,
          stdout: "ignore",
          stderr: "pipe",
          env: { NEXT_TELEMETRY_DISABLED: "1", PORT: String(e2ePort) },
        },
  });
}
