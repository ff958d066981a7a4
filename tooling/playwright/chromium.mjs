// Where Debian's Chromium lives and how to launch it offline. Playwright's own browser download
// (`playwright install`) is never used: the build machines reach only npm and apt.
import { accessSync, constants } from "node:fs";

export const CHROMIUM_MISSING = "Chromium not found: apt-get install chromium";

/**
 * Launch flags from docs (STACK.md). Playwright itself adds `--headless` (headless: true), `--no-sandbox`
 * (chromiumSandbox: false) and a fresh temporary `--user-data-dir` per launch; passing that flag
 * ourselves makes Playwright throw, so the fresh profile comes from Playwright.
 */
export const CHROMIUM_ARGS = [
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Chromium's path: $CHROMIUM_PATH, else /usr/bin/chromium; undefined when neither is an executable file. */
export function findChromium(env = process.env) {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return { path: candidate, tried: candidates };
    } catch {
      // not there or not executable: try the next one
    }
  }
  return { path: undefined, tried: candidates };
}
