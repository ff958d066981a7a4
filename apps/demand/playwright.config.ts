import { defineAppE2EConfig } from "@verticals/playwright-config";
import { E2E_DATABASE_URL, E2E_DIR } from "./e2e/paths";

// `pnpm test:e2e` runs e2e/prepare.ts first: the server then uses the e2e model and store, never the demo's.
const config = defineAppE2EConfig({ port: 3104, appDir: import.meta.dirname });
if (config.webServer && !Array.isArray(config.webServer)) {
  config.webServer.env = { ...config.webServer.env, DATABASE_URL: E2E_DATABASE_URL, VERTICALS_ARTIFACTS_DIR: E2E_DIR };
}

export default config;
