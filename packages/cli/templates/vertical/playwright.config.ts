import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defineAppE2EConfig } from "@verticals/playwright-config";
import { E2E_DATABASE_URL, E2E_MODEL_DIR } from "./e2e/paths";

// The port lives in verticals.json only. `pnpm test:e2e` runs e2e/prepare.ts first: the server then uses
// the e2e model and store, never the demo's.
const { port } = JSON.parse(readFileSync(join(import.meta.dirname, "verticals.json"), "utf8")) as { port: number };
const config = defineAppE2EConfig({ port, appDir: import.meta.dirname });
if (config.webServer && !Array.isArray(config.webServer)) {
  config.webServer.env = { ...config.webServer.env, DATABASE_URL: E2E_DATABASE_URL, __ENV___MODEL_DIR: E2E_MODEL_DIR };
}

export default config;
