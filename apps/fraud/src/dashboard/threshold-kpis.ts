// What a threshold means in business terms, on the held-back test rows: pure functions shared by the server
// (first render) and the threshold slider in the browser.
import type { Costs } from "../pipeline/decisions";
import type { ThresholdRow } from "../pipeline/evaluate";

export interface ThresholdKpis {
  threshold: number;
  alertsPer1000: number;
  recall: number;
  /** NaN when nothing is flagged. */
  precision: number;
  /** Fraud amount stopped / let through, per 1,000 transactions. */
  savedPer1000: number;
  lostPer1000: number;
  /** Analyst cost of all alerts, per 1,000 transactions. */
  reviewCostPer1000: number;
  /** costMissedFraud · missed + costReview · false alerts, per 1,000 (what the threshold choice minimises). */
  expectedCostPer1000: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function thresholdKpis(row: ThresholdRow, costs: Costs): ThresholdKpis {
  const n = row.tp + row.fp + row.fn + row.tn;
  const per1000 = (v: number) => (n > 0 ? (1000 * v) / n : Number.NaN);
  const alerts = row.tp + row.fp;
  return {
    threshold: row.threshold,
    alertsPer1000: per1000(alerts),
    recall: row.tp + row.fn > 0 ? row.tp / (row.tp + row.fn) : Number.NaN,
    precision: alerts > 0 ? row.tp / alerts : Number.NaN,
    savedPer1000: per1000(row.caughtAmount),
    lostPer1000: per1000(row.missedAmount),
    reviewCostPer1000: per1000(alerts * costs.review),
    expectedCostPer1000: per1000(costs.missedFraud * row.fn + costs.review * row.fp),
    tp: row.tp,
    fp: row.fp,
    fn: row.fn,
    tn: row.tn,
  };
}

/** Index of the grid row closest to `threshold` (the slider snaps to the grid). */
export function nearestRow(rows: readonly ThresholdRow[], threshold: number): number {
  let best = 0;
  for (let i = 1; i < rows.length; i++) {
    if (Math.abs(rows[i]!.threshold - threshold) < Math.abs(rows[best]!.threshold - threshold)) best = i;
  }
  return best;
}

