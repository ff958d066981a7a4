// The review queue and one alert in full. An alert is a scored transaction sent to review or blocked; its id
// is the transaction's id.
import { PCA_FIELDS, type Transaction } from "../pipeline/columns";
import { ALERT_DECISIONS, type Decision } from "../pipeline/decisions";
import type { Explanation } from "../pipeline/explain";
import { fastCommits, type Store } from "./client";

export type ReviewLabel = "fraud" | "legitimate";
export const REVIEW_LABELS: readonly ReviewLabel[] = ["fraud", "legitimate"];
export type QueueFilter = "open" | "reviewed" | "all";


export interface AlertSummary {
  id: number;
  reference: string | null;
  probability: number;
  decision: Decision;
  amount: number;
  time: number;
  modelVersion: string;
  createdAt: Date;
  /** The field that pushed the score up the most. */
  topFactor: string | null;
  review: { label: ReviewLabel; note: string; reviewedAt: Date } | null;
}

export interface AlertDetail extends AlertSummary {
  transaction: Transaction;
  source: string;
  knownClass: number | null;
  explanation: Explanation;
}

type Row = NonNullable<Awaited<ReturnType<Store["scoredTransaction"]["findFirst"]>>> & {
  review: NonNullable<Awaited<ReturnType<Store["review"]["findFirst"]>>> | null;
};

const isAlert = { decision: { in: [...ALERT_DECISIONS] } };

function explanationOf(row: Row): Explanation {
  if (!row.explanationJson) throw new Error(`transaction ${row.id} is an alert (${row.decision}) but has no stored explanation`);
  return JSON.parse(row.explanationJson) as Explanation;
}

function summarise(row: Row): AlertSummary {
  const up = explanationOf(row).contributions.find((c) => c.contribution > 0);
  return {
    id: row.id,
    reference: row.reference,
    probability: row.probability,
    decision: row.decision as Decision,
    amount: row.amount,
    time: row.time,
    modelVersion: row.modelVersion,
    createdAt: row.scoredAt,
    topFactor: up ? up.field : null,
    review: row.review ? { label: row.review.label as ReviewLabel, note: row.review.note, reviewedAt: row.review.reviewedAt } : null,
  };
}

/** Alerts by risk (highest probability first, then newest). */
export async function listAlerts(store: Store, options: { filter?: QueueFilter; limit?: number } = {}): Promise<AlertSummary[]> {
  const filter = options.filter ?? "open";
  const rows = await store.scoredTransaction.findMany({
    where: { ...isAlert, ...(filter === "open" ? { review: { is: null } } : filter === "reviewed" ? { review: { isNot: null } } : {}) },
    include: { review: true },
    orderBy: [{ probability: "desc" }, { id: "desc" }],
    take: options.limit ?? 200,
  });
  return rows.map(summarise);
}

export async function countAlerts(store: Store): Promise<{ open: number; reviewed: number }> {
  const [open, reviewed] = await Promise.all([
    store.scoredTransaction.count({ where: { ...isAlert, review: { is: null } } }),
    store.scoredTransaction.count({ where: { ...isAlert, review: { isNot: null } } }),
  ]);
  return { open, reviewed };
}

export async function getAlert(store: Store, id: number): Promise<AlertDetail | null> {
  const row = await store.scoredTransaction.findFirst({ where: { id, ...isAlert }, include: { review: true } });
  if (!row) return null;
  const components = JSON.parse(row.componentsJson) as number[];
  const transaction = { Time: row.time, Amount: row.amount } as Transaction;
  PCA_FIELDS.forEach((field, j) => (transaction[field] = components[j]!));
  return { ...summarise(row), transaction, source: row.source, knownClass: row.knownClass, explanation: explanationOf(row) };
}

/** Records (or corrects) the analyst's verdict. Returns false when there is no such alert. */
export async function recordReview(store: Store, alertId: number, review: { label: ReviewLabel; note: string }): Promise<boolean> {
  const exists = await store.scoredTransaction.findFirst({ where: { id: alertId, ...isAlert }, select: { id: true } });
  if (!exists) return false;
  await store.review.upsert({
    where: { transactionId: alertId },
    create: { transactionId: alertId, label: review.label, note: review.note },
    update: { label: review.label, note: review.note },
  });
  await fastCommits(store);
  return true;
}
