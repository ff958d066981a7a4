// Storing scored transactions. A request's rows go in as ONE INSERT when they fit (atomic on its own, and
// cheap: no transaction, which on SQLite would open a fresh connection per call); a file, or more rows than
// one statement takes, goes in one database transaction. Either way a batch is stored whole or not at all.
import type { Decision } from "../pipeline/decisions";
import type { Explanation } from "../pipeline/explain";
import { PCA_FIELDS, type Transaction } from "../pipeline/columns";
import { fastCommits, type Store } from "./client";

export type TransactionSource = "seed" | "api" | "upload" | "replay";

export interface ScoredRow {
  reference: string | null;
  transaction: Transaction;
  probability: number;
  decision: Decision;
  knownClass: 0 | 1 | null;
  /** Present exactly for alerts (review and block). */
  explanation: Explanation | null;
}

export interface StoredBatch {
  uploadId: number | null;
  transactionIds: number[];
  /** The transaction id again for alerts (an alert is a transaction sent to review or blocked), null otherwise. */
  alertIds: Array<number | null>;
}

/** Rows per INSERT statement: PostgreSQL allows 65,535 bind parameters, SQLite 32,766 (13 columns per row). */
export const ROWS_PER_STATEMENT = 500;

export function toData(row: ScoredRow, modelVersion: string, source: TransactionSource, uploadId: number | null) {
  return {
    reference: row.reference,
    source,
    modelVersion,
    uploadId,
    time: row.transaction.Time,
    amount: row.transaction.Amount,
    componentsJson: JSON.stringify(PCA_FIELDS.map((field) => row.transaction[field])),
    probability: row.probability,
    decision: row.decision,
    explanationJson: row.explanation ? JSON.stringify(row.explanation) : null,
    knownClass: row.knownClass,
  };
}

export type Writer = Pick<Store, "scoredTransaction">;

/** One multi-row INSERT ... RETURNING; ids ascend in row order within one statement, so sorting restores it. */
export async function insertRows(db: Writer, data: Array<ReturnType<typeof toData>>): Promise<number[]> {
  if (data.length === 1) return [(await db.scoredTransaction.create({ data: data[0]!, select: { id: true } })).id];
  const created = await db.scoredTransaction.createManyAndReturn({ data, select: { id: true } });
  return created.map((row) => row.id).sort((a, b) => a - b);
}

export async function storeScoredBatch(
  store: Store,
  batch: { modelVersion: string; source: TransactionSource; upload?: { fileName: string }; rows: ScoredRow[] },
): Promise<StoredBatch> {
  const finish = (uploadId: number | null, transactionIds: number[]): StoredBatch => ({
    uploadId,
    transactionIds,
    alertIds: transactionIds.map((id, i) => (batch.rows[i]!.explanation ? id : null)),
  });
  if (!batch.upload && batch.rows.length > 0 && batch.rows.length <= ROWS_PER_STATEMENT) {
    return finish(null, await insertRows(store, batch.rows.map((row) => toData(row, batch.modelVersion, batch.source, null))));
  }
  const stored = await store.$transaction(
    async (tx) => {
      const upload = batch.upload ? await tx.upload.create({ data: { fileName: batch.upload.fileName, rows: batch.rows.length } }) : null;
      const ids: number[] = [];
      for (let start = 0; start < batch.rows.length; start += ROWS_PER_STATEMENT) {
        const chunk = batch.rows.slice(start, start + ROWS_PER_STATEMENT).map((row) => toData(row, batch.modelVersion, batch.source, upload?.id ?? null));
        ids.push(...(await insertRows(tx, chunk)));
      }
      return finish(upload?.id ?? null, ids);
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
  await fastCommits(store);
  return stored;
}

export async function countBySource(store: Store, source: TransactionSource, modelVersion?: string): Promise<number> {
  return store.scoredTransaction.count({ where: { source, ...(modelVersion ? { modelVersion } : {}) } });
}
