// Where the list of verticals comes from, in order:
//   1. VERTICALS_PORTAL_CONFIG=<file>  an explicit portal.config.json (deployments, CI, e2e)
//   2. <portal dir>/portal.config.json  the same, checked in next to the portal (a fork or a fixed install)
//   3. <portal dir>/../*/verticals.json the sibling apps' manifests in the monorepo (the demo's case),
//      each at http://<VERTICALS_APPS_HOST or 127.0.0.1>:<its port>
// Read on every request (cheap: a handful of small files), so a new app shows up without a rebuild.
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { join, resolve } from "node:path";
import { firstIssue } from "./issue-text";
import { manifestSchema, portalConfigSchema, type Vertical } from "./vertical";

export type VerticalSource = { kind: "config"; file: string } | { kind: "manifests"; dir: string } | { kind: "none"; dir: string };

export interface Discovery {
  verticals: Vertical[];
  source: VerticalSource;
  /** Files that were skipped or could not be read, each naming the file and the field. */
  problems: string[];
}

export interface DiscoverOptions {
  /** The portal's own folder (where `next start` runs). */
  portalDir?: string;
  env?: Environment;
}

/** Only the variables the portal reads (process.env in production, a plain object in tests). */
export type Environment = Record<string, string | undefined>;

export const CONFIG_FILE = "portal.config.json";

export function discoverVerticals({ portalDir = process.cwd(), env = process.env }: DiscoverOptions = {}): Discovery {
  const explicit = env.VERTICALS_PORTAL_CONFIG;
  if (explicit) return fromConfig(resolve(portalDir, explicit));
  const local = join(portalDir, CONFIG_FILE);
  if (existsSync(local)) return fromConfig(local);
  return fromManifests(portalDir, env.VERTICALS_APPS_HOST || "127.0.0.1");
}

function fromConfig(file: string): Discovery {
  const source: VerticalSource = { kind: "config", file };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    return { verticals: [], source, problems: [`${file}: cannot read the portal config (${(error as Error).message})`] };
  }
  const parsed = portalConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const { field, message } = firstIssue(parsed.error);
    return { verticals: [], source, problems: [`${file}: field "${field}" ${message}`] };
  }
  const names = new Set<string>();
  for (const vertical of parsed.data.verticals) {
    if (names.has(vertical.name)) return { verticals: [], source, problems: [`${file}: vertical "${vertical.name}" is listed twice`] };
    names.add(vertical.name);
  }
  return { verticals: parsed.data.verticals, source, problems: [] };
}

function fromManifests(portalDir: string, host: string): Discovery {
  const appsDir = resolve(portalDir, "..");
  const self = safeRealpath(portalDir);
  const problems: string[] = [];
  const found: Array<Vertical & { port: number }> = [];
  const entries = existsSync(appsDir) ? readdirSync(appsDir, { withFileTypes: true }) : [];
  for (const entry of entries) {
    const dir = join(appsDir, entry.name);
    const file = join(dir, "verticals.json");
    if (!entry.isDirectory() || safeRealpath(dir) === self || !existsSync(file)) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      problems.push(`${file}: cannot read the app manifest (${(error as Error).message})`);
      continue;
    }
    const parsed = manifestSchema.safeParse(raw);
    if (!parsed.success) {
      const { field, message } = firstIssue(parsed.error);
      problems.push(`${file}: field "${field}" ${message}`);
      continue;
    }
    const { name, title, industry, summary, port } = parsed.data;
    found.push({ name, title, industry, summary, port, url: `http://${host}:${port}` });
  }
  // Same order as the CLI's app list: by port.
  found.sort((a, b) => a.port - b.port);
  const verticals = found.map(({ port: _port, ...vertical }) => vertical);
  return { verticals, source: verticals.length > 0 ? { kind: "manifests", dir: appsDir } : { kind: "none", dir: appsDir }, problems };
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
