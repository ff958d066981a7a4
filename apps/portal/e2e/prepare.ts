// Writes the portal config the e2e server reads: the fixture apps at the fixture server, and the "down"
// ones at a port that was free a moment ago (nothing listens there). Nothing to train: the portal has no model.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import type { PortalConfig } from "../src/verticals/vertical";
import { FIXTURE_APPS } from "./fixture-apps";
import { E2E_CONFIG_FILE, E2E_DIR, FIXTURE_URL } from "./paths";

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("could not find a free port");
  return address.port;
}

const downPort = await closedPort();
const config: PortalConfig = {
  verticals: FIXTURE_APPS.map((app) => ({
    name: app.name,
    title: app.title,
    industry: app.industry,
    summary: `${app.title}: the manifest's own one-line summary.`,
    url: app.behaviour.kind === "down" ? `http://127.0.0.1:${downPort}/${app.name}` : `${FIXTURE_URL}/${app.name}`,
  })),
};
mkdirSync(E2E_DIR, { recursive: true });
const temp = `${E2E_CONFIG_FILE}.tmp`;
writeFileSync(temp, `${JSON.stringify(config, null, 2)}\n`);
renameSync(temp, E2E_CONFIG_FILE);
console.log(`[e2e prepare] ${config.verticals.length} fixture apps → ${E2E_CONFIG_FILE}`);
