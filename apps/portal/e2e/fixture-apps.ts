// The fake apps the e2e portal shows: one per state a card can be in.
import type { VerticalSummary } from "@verticals/ui/summary";
import { realSummary, syntheticSummary } from "../test/support/summaries";

export interface FixtureApp {
  name: string;
  title: string;
  industry: string;
  /** What GET /<name>/api/summary does on the fixture server. */
  behaviour: { kind: "summary"; body: unknown } | { kind: "status"; status: number } | { kind: "hang" } | { kind: "down" };
}

function invalidSummary(): unknown {
  const summary: VerticalSummary = { ...realSummary("gamma"), purpose: "Plans maintenance crews." };
  return { ...summary, kpis: [{ ...summary.kpis[0], value: "many" }] };
}

export const FIXTURE_APPS: FixtureApp[] = [
  { name: "alpha", title: "Alpha Bank", industry: "banking", behaviour: { kind: "summary", body: realSummary("alpha") } },
  { name: "beta", title: "Beta Retail", industry: "retail", behaviour: { kind: "summary", body: syntheticSummary("beta") } },
  { name: "gamma", title: "Gamma Plant", industry: "manufacturing", behaviour: { kind: "summary", body: invalidSummary() } },
  { name: "delta", title: "Delta Clinic", industry: "healthcare", behaviour: { kind: "hang" } },
  { name: "epsilon", title: "Epsilon Grid", industry: "energy", behaviour: { kind: "down" } },
  { name: "zeta", title: "Zeta Farm", industry: "agriculture", behaviour: { kind: "status", status: 404 } },
];
