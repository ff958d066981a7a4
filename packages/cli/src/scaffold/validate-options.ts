// Checks what `verticals new` was asked for before anything is written: a clear message per mistake.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { listApps, UsageError } from "../manifest";
import { readWorkspacePackages } from "../export/workspace-packages";

export interface NewVerticalRequest {
  name: string;
  title?: string;
  industry?: string;
  port?: string | number;
}

export interface NewVerticalOptions {
  name: string;
  title: string;
  industry: string;
  port: number;
  /** One sentence for verticals.json and the portal card. */
  summary: string;
}

/** Same rule as verticals.json's "name", kept short: it becomes a folder, a package name and a database file. */
const NAME_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const MAX_NAME_LENGTH = 32;
/** Ports from here on, in steps of one, like the suite's apps (portal 3100, fraud 3101 ...). */
const FIRST_PORT = 3100;
/** The shared Playwright preset serves an app's e2e build on its port + 1000. */
const E2E_PORT_OFFSET = 1000;

export function validateNewVertical(root: string, request: NewVerticalRequest): NewVerticalOptions {
  const name = request.name.trim();
  if (!NAME_PATTERN.test(name)) {
    throw new UsageError(
      `app name "${request.name}" must be lower-case letters and digits, optionally joined by single hyphens, starting with a letter (e.g. energy, crop-yield)`,
    );
  }
  if (name.length > MAX_NAME_LENGTH) throw new UsageError(`app name "${name}" is longer than ${MAX_NAME_LENGTH} characters`);
  const apps = listApps(root);
  if (apps.some((app) => app.name === name)) throw new UsageError(`an app named "${name}" already exists (apps/${name})`);
  if (existsSync(join(root, "apps", name))) throw new UsageError(`apps/${name} already exists; choose another name or remove that folder`);
  const packageName = `@verticals/${name}`;
  if (readWorkspacePackages(root).has(packageName)) throw new UsageError(`the workspace already has a package named ${packageName}`);

  const taken = new Map(apps.map((app) => [app.port, app.name]));
  const port = request.port === undefined ? nextFreePort(taken) : parsePort(request.port);
  for (const candidate of [port, port + E2E_PORT_OFFSET, port - E2E_PORT_OFFSET]) {
    const owner = taken.get(candidate);
    if (owner) {
      const why = candidate === port ? `is ${owner}'s port` : `collides with ${owner}'s port through the e2e offset (+${E2E_PORT_OFFSET})`;
      throw new UsageError(`port ${port} ${why}; pick a free one with --port (taken: ${[...taken.keys()].sort((a, b) => a - b).join(", ")})`);
    }
  }

  const title = request.title?.trim() || titleFromName(name);
  const industry = request.industry?.trim() || "general";
  for (const [field, value] of [["--title", title], ["--industry", industry]] as const) {
    if (value.length > 60 || /[\r\n"\\`<>{}$]/.test(value)) {
      throw new UsageError(`${field} "${value}" must be one line of at most 60 characters without quotes, backslashes, backticks, braces, $ or < >`);
    }
  }
  return {
    name,
    title,
    industry,
    port,
    summary: `${title} (${industry}): a neural network scores each record from a CSV, measured against a logistic-regression baseline on the same held-out split.`,
  };
}

function parsePort(value: string | number): number {
  const port = typeof value === "number" ? value : Number(value.trim());
  if (!Number.isInteger(port) || port < 1024 || port > 65535 - E2E_PORT_OFFSET) {
    throw new UsageError(`--port ${value}: expected an integer from 1024 to ${65535 - E2E_PORT_OFFSET} (the e2e server uses port + ${E2E_PORT_OFFSET})`);
  }
  return port;
}

function nextFreePort(taken: Map<number, string>): number {
  let port = Math.max(FIRST_PORT, ...taken.keys()) + 1;
  while (taken.has(port) || taken.has(port + E2E_PORT_OFFSET) || taken.has(port - E2E_PORT_OFFSET)) port += 1;
  return port;
}

function titleFromName(name: string): string {
  return name
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}
