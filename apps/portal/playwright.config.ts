import { join } from "node:path";
import { defineAppE2EConfig } from "@verticals/playwright-config";
import { APP_DIR, E2E_CONFIG_FILE, FIXTURE_URL } from "./e2e/paths";

// `pnpm test:e2e` runs e2e/prepare.ts first (the portal config listing the fixture apps). Playwright then
// starts the fixture server playing the apps and the built portal reading that config, never the real apps.
const config = defineAppE2EConfig({ port: 3100, appDir: import.meta.dirname });
if (config.webServer && !Array.isArray(config.webServer)) {
  config.webServer = [
    {
      command: `"${join(APP_DIR, "node_modules", ".bin", "tsx")}" e2e/fixture-server.ts`,
      cwd: APP_DIR,
      url: `${FIXTURE_URL}/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      ...config.webServer,
      // A short timeout keeps the "not responding" card quick to render.
      env: { ...config.webServer.env, VERTICALS_PORTAL_CONFIG: E2E_CONFIG_FILE, VERTICALS_SUMMARY_TIMEOUT_MS: "1500" },
    },
  ];
}

export default config;
