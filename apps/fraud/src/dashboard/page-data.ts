// What the pages read (server side): the current model run and live figures, in one place so pages stay thin.
import type { ProvenanceBadgeProps } from "@verticals/ui";
import { getStoreService } from "../scoring/service";
import { listAlerts, countAlerts } from "../store/alerts";
import type { FraudEnv } from "../env";
import type { Store } from "../store/client";
import { liveKpis, type LiveKpis } from "../store/kpis";
import { latestRun, type StoredRun } from "../store/runs";

export async function currentRun(): Promise<StoredRun | null> {
  const { store } = await getStoreService();
  return latestRun(store);
}

export async function overviewData() {
  const { store, env } = await getStoreService();
  const run = await latestRun(store);
  const [kpis, topAlerts, counts] = await Promise.all([runKpis(store, run, env), listAlerts(store, { filter: "open", limit: 6 }), countAlerts(store)]);
  return { run, kpis, topAlerts, counts };
}

/** Live KPIs priced with the trained model's review cost (its threshold was chosen with it); the environment's until a run exists. */
export function runKpis(store: Store, run: StoredRun | null, env: FraudEnv): Promise<LiveKpis> {
  return liveKpis(store, run?.costReview ?? env.costReview);
}

export function provenanceProps(run: StoredRun): ProvenanceBadgeProps {
  const p = run.card.data.provenance;
  return p.kind === "synthetic"
    ? { kind: "synthetic", dataset: p.name, note: p.note }
    : { kind: "real", dataset: p.name, citation: p.citation, licence: p.licence, url: p.source, note: p.note };
}

/** "wasm" + "SIMD, 1 thread" for the backend badge. */
export function backendProps(run: StoredRun): { runtime: string; backend: string; detail?: string; title: string } {
  const b = run.card.backend;
  const detail = [b.name === "wasm" ? (b.simd ? "SIMD" : "no SIMD") : null, `${b.threads} thread${b.threads === 1 ? "" : "s"}`].filter(Boolean).join(", ");
  return { runtime: `tfjs ${b.tfjsVersion}`, backend: b.name, detail, title: run.backend };
}
