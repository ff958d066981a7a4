#!/usr/bin/env node
// Screenshot pages with Debian's Chromium, e.g. for README images:
//   verticals-screenshot http://127.0.0.1:3199 docs/hello.png --width=1440 --height=900 [--viewport-only] [--wait-for=css]
import { mkdirSync, realpathSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_ARGS, CHROMIUM_MISSING, findChromium } from "./chromium.mjs";

/** Placeholders a finished page must not show: the suite's skeletons and anything still marked busy. */
export const LOADING_SELECTORS = [".vx-loading", ".vx-skeleton", '[aria-busy="true"]'];

const SELECTOR_TIMEOUT_MS = 20_000;

/**
 * @param {string} url
 * @param {string} file PNG path; written to a temporary file first, then renamed.
 * @param {{ width?: number, height?: number, fullPage?: boolean, waitFor?: string, scale?: number }} [options]
 */
export async function screenshot(url, file, { width = 1440, height = 900, fullPage = true, waitFor, scale = 1 } = {}) {
  const [written] = await screenshotPages([{ url, file, fullPage, waitFor: waitFor ? [waitFor] : [] }], { width, height, scale });
  return written.file;
}

/**
 * Shoots every page with one browser. Each shot waits for the network to settle, for its selectors to be
 * visible, for loading placeholders to go and for images and fonts to load, and fails (naming the URL and
 * selector) if a `forbid` selector is on the page. Files are renamed into place only once every shot has
 * succeeded, so a failed run leaves the previous set untouched rather than a mix of old and new.
 *
 * @param {Array<{ url: string, file: string, waitFor?: string[], forbid?: string[], scrollTo?: string, fullPage?: boolean }>} shots
 * @param {{ width?: number, height?: number, scale?: number, log?: (message: string) => void }} [options]
 * @returns {Promise<Array<{ url: string, file: string, bytes: number }>>}
 */
export async function screenshotPages(shots, { width = 1440, height = 900, scale = 1, log = () => undefined } = {}) {
  const chromiumPath = findChromium().path;
  if (!chromiumPath) throw new Error(CHROMIUM_MISSING);
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  /** @type {Array<{ url: string, target: string, temp: string }>} */
  const taken = [];
  try {
    for (const shot of shots) {
      const target = resolve(shot.file);
      const temp = `${target}.${process.pid}.tmp.png`;
      mkdirSync(dirname(target), { recursive: true });
      taken.push({ url: shot.url, target, temp });
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale, reducedMotion: "reduce" });
      try {
        const page = await context.newPage();
        await settle(page, shot);
        await page.screenshot({ path: temp, fullPage: shot.fullPage ?? true, animations: "disabled", caret: "hide" });
      } finally {
        await context.close();
      }
      log(`${shot.url} → ${target}`);
    }
    for (const { target, temp } of taken) renameSync(temp, target);
    return taken.map(({ url, target }) => ({ url, file: target, bytes: statSync(target).size }));
  } finally {
    for (const { temp } of taken) rmSync(temp, { force: true });
    await browser.close();
  }
}

/** Loads the page and waits until it shows the finished product, or throws saying what is missing. */
async function settle(page, { url, waitFor = [], forbid = [], scrollTo }) {
  const response = await page.goto(url, { waitUntil: "load", timeout: 30_000 });
  if (!response || !response.ok()) throw new Error(`${url} answered ${response ? response.status() : "nothing"}`);
  // Client components fetch and draw after load; a page that polls never goes idle, so this is bounded.
  await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
  for (const selector of waitFor) {
    await page.locator(selector).first().waitFor({ state: "visible", timeout: SELECTOR_TIMEOUT_MS }).catch(() => {
      throw new Error(`${url}: "${selector}" did not appear within ${SELECTOR_TIMEOUT_MS / 1000} s (is the app trained and its store seeded?)`);
    });
  }
  const loading = LOADING_SELECTORS.join(", ");
  await page
    .waitForFunction((css) => [...document.querySelectorAll(css)].every((element) => !element.checkVisibility()), loading, { timeout: SELECTOR_TIMEOUT_MS })
    .catch(() => {
      throw new Error(`${url}: still showing a loading placeholder (${loading}) after ${SELECTOR_TIMEOUT_MS / 1000} s`);
    });
  for (const selector of forbid) {
    const count = await page.locator(selector).count();
    if (count > 0) {
      const text = (await page.locator(selector).first().innerText().catch(() => "")).replace(/\s+/g, " ").trim().slice(0, 200);
      throw new Error(`${url}: shows "${selector}" (${count}×)${text ? `: ${text}` : ""}`);
    }
  }
  if (scrollTo) {
    // The part worth showing may sit below the first screen: bring it to the top, a little margin above.
    const found = await page.evaluate((css) => {
      const element = document.querySelector(css);
      if (!element) return false;
      // A sticky or fixed bar at the top would cover what was scrolled under it.
      const covered = Math.max(
        0,
        ...[...document.body.querySelectorAll("*")]
          .filter((bar) => ["sticky", "fixed"].includes(getComputedStyle(bar).position))
          .map((bar) => bar.getBoundingClientRect())
          .filter((rect) => rect.top <= 0 && rect.height < window.innerHeight / 3)
          .map((rect) => rect.bottom),
      );
      window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - covered - 24);
      return true;
    }, scrollTo);
    if (!found) throw new Error(`${url}: nothing matches scrollTo "${scrollTo}"`);
  }
  // Lazy images load once scrolled into view: wait for those in the viewport, and every eager one.
  await page
    .waitForFunction(() => [...document.images].every((image) => image.loading === "lazy" || (image.complete && image.naturalWidth > 0)), undefined, { timeout: SELECTOR_TIMEOUT_MS })
    .catch(() => {
      throw new Error(`${url}: an image did not load within ${SELECTOR_TIMEOUT_MS / 1000} s`);
    });
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))));
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
