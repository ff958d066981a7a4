import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { DEFAULT_SUMMARY_TIMEOUT_MS, fetchAllSummaries, fetchSummary, problemText, summaryTimeoutMs, summaryUrl } from "../src/verticals/fetch-summary";
import type { Vertical } from "../src/verticals/vertical";
import { realSummary, syntheticSummary } from "./support/summaries";

// One real HTTP server playing several apps by path prefix: /<name>/api/summary.
const routes: Record<string, RequestListener> = {
  alpha: (_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(realSummary("alpha"))),
  beta: (_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(syntheticSummary("beta"))),
  wrongtype: (_req, res) => {
    const summary = realSummary("wrongtype") as unknown as { kpis: Array<Record<string, unknown>> };
    summary.kpis[1]!.value = "lots";
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(summary));
  },
  missing: (_req, res) => {
    const { quality: _quality, ...rest } = realSummary("missing");
    res.writeHead(200).end(JSON.stringify(rest));
  },
  notjson: (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<html>hello</html>"),
  other: (_req, res) => res.writeHead(200).end(JSON.stringify(realSummary("someone-else"))),
  nosummary: (_req, res) => res.writeHead(404).end("not found"),
  // Sends headers at once, then never finishes the body: the timeout must cover the body too.
  slowbody: (_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.write('{"app":');
  },
  // Never answers at all.
  silent: () => undefined,
};

let server: Server;
let base: string;
let closedPortUrl: string;

const vertical = (name: string, url = `${base}/${name}`): Vertical => ({ name, title: name, industry: "test", summary: `${name} summary`, url });

beforeAll(async () => {
  server = createServer((req, res) => {
    const name = req.url?.split("/")[1] ?? "";
    const route = req.url === `/${name}/api/summary` ? routes[name] : undefined;
    if (route) route(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was free a moment ago and is closed now: connection refused.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  closedPortUrl = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("fetchSummary", () => {
  it("returns a valid summary as it was served", async () => {
    const result = await fetchSummary(vertical("alpha"));
    expect(result.status).toBe("ok");
    if (result.status !== "ok") return;
    expect(result.summary).toEqual(realSummary("alpha"));
    expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it("keeps the synthetic provenance of a synthetic app", async () => {
    const result = await fetchSummary(vertical("beta"));
    expect(result.status === "ok" && result.summary.provenance).toEqual({ kind: "synthetic", dataset: "Synthetic twin of M5" });
  });

  it("names the field of an invalid summary", async () => {
    const result = await fetchSummary(vertical("wrongtype"));
    expect(result).toMatchObject({ status: "invalid", field: "kpis.1.value" });
    if (result.status !== "invalid") return;
    expect(result.detail).toMatch(/number/);
    expect(problemText(result)).toEqual({ title: "Invalid summary", detail: `field "kpis.1.value" ${result.detail}` });
  });

  it("names a missing field", async () => {
    expect(await fetchSummary(vertical("missing"))).toMatchObject({ status: "invalid", field: "quality" });
  });

  it("says when the body is not JSON", async () => {
    expect(await fetchSummary(vertical("notjson"))).toEqual({ status: "invalid", field: "(body)", detail: "is not JSON" });
  });

  it("rejects a summary that belongs to another app (wrong URL)", async () => {
    expect(await fetchSummary(vertical("other"))).toEqual({ status: "invalid", field: "app", detail: 'expected "other", got "someone-else"' });
  });

  it("reports the HTTP status of an app without a summary route", async () => {
    const result = await fetchSummary(vertical("nosummary"));
    expect(result).toEqual({ status: "http-error", httpStatus: 404 });
    if (result.status === "http-error") expect(problemText(result).detail).toContain("HTTP 404");
  });

  it("gives up on an app that does not answer, within the timeout", async () => {
    const started = Date.now();
    expect(await fetchSummary(vertical("silent"), { timeoutMs: 300 })).toEqual({ status: "timeout", timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("times out on a body that never ends", async () => {
    expect(await fetchSummary(vertical("slowbody"), { timeoutMs: 300 })).toEqual({ status: "timeout", timeoutMs: 300 });
  });

  it("reports an app that is not running as down", async () => {
    const result = await fetchSummary(vertical("gone", closedPortUrl));
    expect(result).toEqual({ status: "down", detail: "ECONNREFUSED" });
    if (result.status === "down") expect(problemText(result).title).toBe("Not running");
  });

  it("asks every app at once, so the page waits one timeout however many are slow", async () => {
    const started = Date.now();
    const results = await fetchAllSummaries([vertical("alpha"), vertical("silent"), vertical("slowbody"), vertical("gone", closedPortUrl)], { timeoutMs: 600 });
    expect(results.map(({ vertical: v, result }) => [v.name, result.status])).toEqual([
      ["alpha", "ok"],
      ["silent", "timeout"],
      ["slowbody", "timeout"],
      ["gone", "down"],
    ]);
    expect(Date.now() - started).toBeLessThan(1500);
  });
});

describe("summary URL and timeout", () => {
  it("appends /api/summary to the app's base URL, with or without a trailing slash or a path", () => {
    expect(summaryUrl(vertical("a", "http://127.0.0.1:3101"))).toBe("http://127.0.0.1:3101/api/summary");
    expect(summaryUrl(vertical("a", "http://127.0.0.1:3101/"))).toBe("http://127.0.0.1:3101/api/summary");
    expect(summaryUrl(vertical("a", "https://example.org/fraud"))).toBe("https://example.org/fraud/api/summary");
  });

  it("reads VERTICALS_SUMMARY_TIMEOUT_MS, ignoring nonsense", () => {
    expect(summaryTimeoutMs({ VERTICALS_SUMMARY_TIMEOUT_MS: "800" })).toBe(800);
    expect(summaryTimeoutMs({ VERTICALS_SUMMARY_TIMEOUT_MS: "soon" })).toBe(DEFAULT_SUMMARY_TIMEOUT_MS);
    expect(summaryTimeoutMs({ VERTICALS_SUMMARY_TIMEOUT_MS: "2500.5" })).toBe(DEFAULT_SUMMARY_TIMEOUT_MS);
    expect(summaryTimeoutMs({ VERTICALS_SUMMARY_TIMEOUT_MS: String(2 ** 31) })).toBe(DEFAULT_SUMMARY_TIMEOUT_MS);
    expect(summaryTimeoutMs({})).toBe(DEFAULT_SUMMARY_TIMEOUT_MS);
  });
});
