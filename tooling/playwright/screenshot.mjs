#!/usr/bin/env node
// Screenshot a page with Debian's Chromium, e.g. for README images:
//   verticals-screenshot http://127.0.0.1:3199 docs/hello.png --width=1440 --height=900 [--viewport-only] [--wait-for=css]
import { mkdirSync, realpathSync, renameSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_ARGS, CHROMIUM_MISSING, findChromium } from "./chromium.mjs";

/**
 * @param {string} url
 * @param {string} file PNG path; written to a temporary file first, then renamed.
 * @param {{ width?: number, height?: number, fullPage?: boolean, waitFor?: string, scale?: number }} [options]
 */
export async function screenshot(url, file, { width = 1440, height = 900, fullPage = true, waitFor, scale = 1 } = {}) {
  const chromiumPath = findChromium().path;
  if (!chromiumPath) throw new Error(CHROMIUM_MISSING);
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  const target = resolve(file);
  const temp = `${target}.${process.pid}.tmp.png`;
  try {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale });
    const response = await page.goto(url, { waitUntil: "load", timeout: 30_000 });
    if (!response || !response.ok()) throw new Error(`${url} answered ${response ? response.status() : "nothing"}`);
    // Let client components hydrate and draw; a page that keeps a connection open must not hang us.
    await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => undefined);
    if (waitFor) await page.waitForSelector(waitFor, { timeout: 15_000 });
    await page.evaluate(() => document.fonts.ready);
    mkdirSync(dirname(target), { recursive: true });
    await page.screenshot({ path: temp, fullPage });
    renameSync(temp, target);
    return target;
  } finally {
    rmSync(temp, { force: true });
    await browser.close();
  }
}

function parseArgs(argv) {
  const positional = [];
  const options = {};
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) {
      positional.push(arg);
      continue;
    }
    const [, name, value] = match;
    if (name === "width" || name === "height" || name === "scale") {
      const number = Number(value);
      if (!Number.isFinite(number) || number <= 0) throw new Error(`--${name} expects a positive number, got "${value ?? ""}"`);
      options[name] = number;
    } else if (name === "viewport-only") options.fullPage = false;
    else if (name === "wait-for") options.waitFor = value;
    else throw new Error(`unknown option --${name}`);
  }
  return { positional, options };
}

const isMain = process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    const { positional, options } = parseArgs(process.argv.slice(2));
    if (positional.length !== 2) throw new Error("usage: verticals-screenshot <url> <file.png> [--width=1440] [--height=900] [--scale=1] [--viewport-only] [--wait-for=css]");
    const written = await screenshot(positional[0], positional[1], options);
    console.log(`screenshot: ${written}`);
  } catch (error) {
    console.error(`verticals-screenshot: ${error instanceof Error ? error.message : error}`);
    process.exit(error instanceof Error && error.message === CHROMIUM_MISSING ? 3 : 1);
  }
}
