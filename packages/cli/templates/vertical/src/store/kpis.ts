// The live figures of the overview and the portal card, counted in the store (never stored aggregates).
import type { Store } from "./client";

export interface LiveKpis {
  scored: number;
  flagged: number;
  /** flagged / scored; NaN before anything is scored. */
  flagRate: number;
  /** Records with a known label. */
  labelled: number;
  /** Among flagged records with a known label, the share that are positive; NaN when there are none. */
  precision: number;
  /** Among known positives, the share that were flagged; NaN when there are none. */
  recall: number;
  lastScoredAt: Date | null;
}

export async function liveKpis(store: Store): Promise<LiveKpis> {
  const [scored, flagged, labelled, flaggedLabelled, flaggedPositive, positives, last] = await Promise.all([
    store.scoredRecord.count(),
    store.scoredRecord.count({ where: { flagged: true } }),
    store.scoredRecord.count({ where: { label: { not: null } } }),
    store.scoredRecord.count({ where: { flagged: true, label: { not: null } } }),
    store.scoredRecord.count({ where: { flagged: true, label: 1 } }),
    store.scoredRecord.count({ where: { label: 1 } }),
    store.scoredRecord.findFirst({ orderBy: { scoredAt: "desc" }, select: { scoredAt: true } }),
  ]);
  return {
    scored,
    flagged,
    flagRate: scored > 0 ? flagged / scored : Number.NaN,
    labelled,
    precision: flaggedLabelled > 0 ? flaggedPositive / flaggedLabelled : Number.NaN,
    recall: positives > 0 ? flaggedPositive / positives : Number.NaN,
    lastScoredAt: last?.scoredAt ?? null,
  };
}
