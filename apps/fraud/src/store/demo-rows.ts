// The demo's held-back transactions (sources "seed" and "replay") are one fixed set of test transactions,
// played through whichever model version is current. Each must be in the store at most once: a retrained
// model's seed REPLACES the previous versions' demo rows (in one database transaction) instead of adding a
// second copy of every transaction, which would double the volume, the alerts and the known frauds in the KPIs.
// Analysts' work is never lost: a demo row with a review is kept exactly as the analyst saw it (its score,
// decision, explanation and model version), and its transaction is not scored again.
// A transaction is identified by its content (Time, Amount, V1..V28, exactly as stored), not by the
// "holdout-<i>" reference, which is a position in one artefact's held-back rows and moves when the data does.
import { PCA_FIELDS, type Transaction } from "../pipeline/columns";
import { fastCommits, type Store } from "./client";
import { insertRows, ROWS_PER_STATEMENT, toData, type ScoredRow, type TransactionSource, type Writer } from "./transactions";

export const DEMO_SOURCES: readonly TransactionSource[] = ["seed", "replay"];

const key = (time: number, amount: number, componentsJson: string) => `${time}|${amount}|${componentsJson}`;

/** The identity of a transaction among the demo rows (the same string the store's columns give back). */
export function transactionKey(transaction: Transaction): string {
  return key(transaction.Time, transaction.Amount, JSON.stringify(PCA_FIELDS.map((field) => transaction[field])));
}

async function keysWhere(db: Writer, where: { modelVersion: string } | Record<string, never>): Promise<Set<string>> {
  const rows = await db.scoredTransaction.findMany({
    where: { source: { in: [...DEMO_SOURCES] }, ...("modelVersion" in where ? { OR: [{ modelVersion: where.modelVersion }, { review: { isNot: null } }] } : {}) },
    select: { time: true, amount: true, componentsJson: true },
  });
  return new Set(rows.map((row) => key(row.time, row.amount, row.componentsJson)));
}

/** Keys of every demo row in the store, whichever version scored it. */
export const demoKeys = (db: Writer): Promise<Set<string>> => keysWhere(db, {});

/** Keys of the demo rows that stay when `modelVersion` is seeded: its own, and other versions' reviewed ones. */
export const survivingDemoKeys = (db: Writer, modelVersion: string): Promise<Set<string>> => keysWhere(db, { modelVersion });

export interface DemoReplacement {
  /** Rows inserted for the new version. */
  stored: number;
  /** Earlier versions' unreviewed demo rows removed. */
  removed: number;
  /** Rows skipped because their transaction is already a demo row (reviewed under an earlier version, or this version's). */
  skipped: number;
}

/**
 * In one database transaction: removes other versions' unreviewed demo rows, then stores `rows` (scored by
 * `modelVersion`) except the transactions still in the store. All of it happens, or none of it.
 */
export async function replaceDemoRows(store: Store, batch: { modelVersion: string; source: TransactionSource; rows: ScoredRow[] }): Promise<DemoReplacement> {
  const result = await store.$transaction(
    async (tx) => {
      const { count: removed } = await tx.scoredTransaction.deleteMany({
        where: { source: { in: [...DEMO_SOURCES] }, modelVersion: { not: batch.modelVersion }, review: { is: null } },
      });
      // Read inside the transaction: a verdict recorded while the new version was scoring still wins.
      const present = await demoKeys(tx);
      const fresh = batch.rows.filter((row) => !present.has(transactionKey(row.transaction)));
      for (let start = 0; start < fresh.length; start += ROWS_PER_STATEMENT) {
        await insertRows(tx, fresh.slice(start, start + ROWS_PER_STATEMENT).map((row) => toData(row, batch.modelVersion, batch.source, null)));
      }
      return { stored: fresh.length, removed, skipped: batch.rows.length - fresh.length };
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
  await fastCommits(store);
  return result;
}
