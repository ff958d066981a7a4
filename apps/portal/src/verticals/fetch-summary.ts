// Asks one running app for its headline (GET <url>/api/summary) and classifies every way that can fail,
// so a card can say exactly what is wrong instead of the page failing.
import { verticalSummarySchema, type VerticalSummary } from "@verticals/ui/summary";
import { firstIssue } from "./issue-text";
import type { Vertical } from "./vertical";

export type SummaryResult =
  | { status: "ok"; summary: VerticalSummary; elapsedMs: number }
  /** Nothing answered: connection refused, unknown host, reset. */
  | { status: "down"; detail: string }
  | { status: "timeout"; timeoutMs: number }
  /** It answered, but not with 200 (e.g. 404: the app has no /api/summary yet). */
  | { status: "http-error"; httpStatus: number }
  /** A 200 whose body is not JSON or not a VerticalSummary; `field` names the first offending field. */
  | { status: "invalid"; field: string; detail: string };

export interface FetchSummaryOptions {
  /** Whole request, body included. */
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

export const DEFAULT_SUMMARY_TIMEOUT_MS = 2500;

/** Longest timeout a timer can hold (2^31 − 1 ms); beyond it Node fires at once. */
const MAX_TIMEOUT_MS = 2_147_483_647;

/** `VERTICALS_SUMMARY_TIMEOUT_MS` when it is a whole number of milliseconds from 1 to 2^31 − 1, else the default. */
export function summaryTimeoutMs(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.VERTICALS_SUMMARY_TIMEOUT_MS);
  return Number.isInteger(value) && value > 0 && value <= MAX_TIMEOUT_MS ? value : DEFAULT_SUMMARY_TIMEOUT_MS;
}

export function summaryUrl(vertical: Vertical): string {
  return new URL("api/summary", vertical.url.endsWith("/") ? vertical.url : `${vertical.url}/`).toString();
}

export async function fetchSummary(vertical: Vertical, { timeoutMs = DEFAULT_SUMMARY_TIMEOUT_MS, fetchImpl = fetch }: FetchSummaryOptions = {}): Promise<SummaryResult> {
  const started = performance.now();
  let signal: AbortSignal | undefined;
  let text: string;
  try {
    signal = AbortSignal.timeout(Math.min(MAX_TIMEOUT_MS, Math.max(1, Math.round(timeoutMs))));
    const response = await fetchImpl(summaryUrl(vertical), { signal, cache: "no-store", headers: { accept: "application/json" } });
    if (!response.ok) {
      // Drain the body so the connection is released.
      await response.body?.cancel().catch(() => undefined);
      return { status: "http-error", httpStatus: response.status };
    }
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) return { status: "timeout", timeoutMs };
    return { status: "down", detail: describeNetworkError(error) };
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { status: "invalid", field: "(body)", detail: "is not JSON" };
  }
  const parsed = verticalSummarySchema.safeParse(json);
  if (!parsed.success) {
    const { field, message } = firstIssue(parsed.error);
    return { status: "invalid", field, detail: message };
  }
  // A summary from another app means the configured URL points at the wrong server.
  if (parsed.data.app !== vertical.name) {
    return { status: "invalid", field: "app", detail: `expected "${vertical.name}", got "${parsed.data.app}"` };
  }
  return { status: "ok", summary: parsed.data, elapsedMs: performance.now() - started };
}

/** Every vertical asked at once: the page waits at most one timeout, however many apps are down. */
export function fetchAllSummaries(verticals: Vertical[], options: FetchSummaryOptions = {}): Promise<Array<{ vertical: Vertical; result: SummaryResult }>> {
  return Promise.all(verticals.map(async (vertical) => ({ vertical, result: await fetchSummary(vertical, options) })));
}

// undici wraps the system error: "fetch failed" with cause { code: "ECONNREFUSED" }.
function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  if (cause?.code) return cause.code;
  if (cause?.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/** One line for a card that has no summary to show. */
export function problemText(result: Exclude<SummaryResult, { status: "ok" }>): { title: string; detail: string } {
  switch (result.status) {
    case "down":
      return { title: "Not running", detail: `No answer (${result.detail}). Start it with pnpm verticals demo.` };
    case "timeout":
      return { title: "Not responding", detail: `No summary within ${(result.timeoutMs / 1000).toFixed(1)} s.` };
    case "http-error":
      return { title: "No summary", detail: `GET /api/summary answered HTTP ${result.httpStatus}.` };
    case "invalid":
      return { title: "Invalid summary", detail: `field "${result.field}" ${result.detail}` };
  }
}
