#!/usr/bin/env node
// Runs turbo with the given arguments, streams its output, and ends with one plain line adding up every
// jest and Playwright run: "Tests: N passed, N failed, N skipped". The exit code is turbo's.
import { spawn } from "node:child_process";
import { delimiter, join } from "node:path";
import { createInterface } from "node:readline";

const totals = { passed: 0, failed: 0, skipped: 0 };
// jest:        "Tests:       2 failed, 3 skipped, 61 passed, 66 total"
// Playwright:  "  2 passed (7.9s)", "  1 failed", "  1 skipped"
const jestLine = /Tests:\s+(.*\d+ total)/;
const playwrightLine = /^\s*(\d+) (passed|failed|skipped|flaky)( \(|$)/;

function tally(line) {
  const text = line.replace(/^\S+:test(?::e2e)?:\s?/, "").replace(/\x1b\[[0-9;]*m/g, "");
  const jest = jestLine.exec(text);
  if (jest) {
    for (const [, count, kind] of jest[1].matchAll(/(\d+) (passed|failed|skipped|todo)/g)) {
      if (kind in totals) totals[kind] += Number(count);
    }
    return;
  }
  if (!/:test:e2e:/.test(line)) return;
  const playwright = playwrightLine.exec(text);
  if (playwright) totals[playwright[2] === "flaky" ? "passed" : playwright[2]] += Number(playwright[1]);
}

// Run from the workspace root: its node_modules/.bin holds turbo (pnpm scripts add it to PATH anyway).
const path = `${join(process.cwd(), "node_modules", ".bin")}${delimiter}${process.env.PATH ?? ""}`;
const child = spawn("turbo", process.argv.slice(2), { stdio: ["inherit", "pipe", "pipe"], env: { ...process.env, PATH: path } });
child.on("error", (error) => {
  process.stderr.write(`verticals-run-tests: cannot start turbo (${error.message}); run it from the workspace root\n`);
  process.exit(1);
});
for (const stream of [child.stdout, child.stderr]) {
  const target = stream === child.stdout ? process.stdout : process.stderr;
  createInterface({ input: stream }).on("line", (line) => {
    target.write(`${line}\n`);
    tally(line);
  });
}
child.on("exit", (code, signal) => {
  process.stdout.write(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
  process.exit(code ?? (signal ? 1 : 0));
});
