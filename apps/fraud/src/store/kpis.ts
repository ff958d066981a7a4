// Live figures over everything the store has scored. A transaction's outcome is the analyst's verdict when
// there is one, else the known class supplied with it (labelled history, e.g. the replayed test rows), else
// unknown. Money: frauds alerted are "saved", frauds approved are "lost", and every alert costs a review.
import { ALERT_DECISIONS } from "../pipeline/decisions";
import type { Store } from "./client";

export interface LiveKpis {
  transactions: number;
  alerts: number;
  blocked: number;
  alertRate: number;
  reviewed: number;
  openAlerts: number;
  /** Verdicts "fraud" among reviewed alerts: the analysts' precision of the model. NaN before any review. */
  livePrecision: number;
  confirmedFrauds: number;
  caughtFrauds: number;
  caughtAmount: number;
  missedFrauds: number;
  missedAmount: number;
  falseAlarms: number;
  reviewCost: number;
  /** Transactions scored per minute over the last 30 minutes, oldest first. */
  perMinute: number[];
}

const ALERTED = { in: [...ALERT_DECISIONS] };

export async function liveKpis(store: Store, costReview: number, now = new Date()): Promise<LiveKpis> {
  const since = new Date(now.getTime() - 30 * 60_000);
  const t = store.scoredTransaction;
  const [transactions, alerts, blocked, reviewedFraud, reviewedLegit, knownFraudAlerted, knownLegitAlerted, missed, recent] = await Promise.all([
    t.count(),
    t.count({ where: { decision: ALERTED } }),
    t.count({ where: { decision: "block" } }),
    t.aggregate({ where: { decision: ALERTED, review: { is: { label: "fraud" } } }, _count: { _all: true }, _sum: { amount: true } }),
    t.count({ where: { decision: ALERTED, review: { is: { label: "legitimate" } } } }),
    t.aggregate({ where: { decision: ALERTED, knownClass: 1, review: { is: null } }, _count: { _all: true }, _sum: { amount: true } }),
    t.count({ where: { decision: ALERTED, knownClass: 0, review: { is: null } } }),
    t.aggregate({ where: { decision: "approve", knownClass: 1 }, _count: { _all: true }, _sum: { amount: true } }),
    t.findMany({ where: { scoredAt: { gte: since } }, select: { scoredAt: true } }),
  ]);
  const confirmedFrauds = reviewedFraud._count._all;
  const reviewed = confirmedFrauds + reviewedLegit;
  const perMinute = new Array<number>(30).fill(0);
  for (const row of recent) {
    const minute = Math.floor((row.scoredAt.getTime() - since.getTime()) / 60_000);
    if (minute >= 0 && minute < 30) perMinute[minute]!++;
  }
  return {
    transactions,
    alerts,
    blocked,
    alertRate: transactions > 0 ? alerts / transactions : Number.NaN,
    reviewed,
    openAlerts: alerts - reviewed,
    livePrecision: reviewed > 0 ? confirmedFrauds / reviewed : Number.NaN,
    confirmedFrauds,
    caughtFrauds: confirmedFrauds + knownFraudAlerted._count._all,
    caughtAmount: (reviewedFraud._sum.amount ?? 0) + (knownFraudAlerted._sum.amount ?? 0),
    missedFrauds: missed._count._all,
    missedAmount: missed._sum.amount ?? 0,
    falseAlarms: reviewedLegit + knownLegitAlerted,
    reviewCost: alerts * costReview,
    perMinute,
  };
}
