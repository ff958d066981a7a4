// Everything the portal page needs, for the page and the JSON route alike.
import { discoverVerticals, type Discovery } from "./discover";
import { fetchAllSummaries, summaryTimeoutMs, type SummaryResult } from "./fetch-summary";
import type { Vertical } from "./vertical";

export interface PortalState {
  discovery: Discovery;
  cards: Array<{ vertical: Vertical; result: SummaryResult }>;
}

export async function loadPortal(): Promise<PortalState> {
  const discovery = discoverVerticals();
  const cards = await fetchAllSummaries(discovery.verticals, { timeoutMs: summaryTimeoutMs() });
  return { discovery, cards };
}
