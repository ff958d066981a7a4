// Scored records: what the model said about each record, and the true label when it is known.
import type { Store } from "./client";

export interface ScoredRecordInput {
  externalId: string;
  features: Record<string, number>;
  probability: number;
  flagged: boolean;
  label: 0 | 1 | null | number;
  scoredAt?: Date;
}

export interface ScoredRecordView {
  id: number;
  externalId: string;
  probability: number;
  flagged: boolean;
  label: number | null;
  scoredAt: Date;
  features: Record<string, number>;
}

/** Adds the run's records that are not stored yet (by externalId); returns how many were added. */
export async function addScoredRecords(store: Store, runId: number, records: ScoredRecordInput[]): Promise<number> {
  for (const record of records) {
    if (!(record.probability >= 0 && record.probability <= 1)) throw new Error(`record ${record.externalId}: probability ${record.probability} is not in [0, 1]`);
  }
  const existing = new Set(
    (await store.scoredRecord.findMany({ where: { runId }, select: { externalId: true } })).map((row) => row.externalId),
  );
  const fresh = records.filter((record) => !existing.has(record.externalId));
  if (fresh.length === 0) return 0;
  const { count } = await store.scoredRecord.createMany({
    data: fresh.map((record) => ({
      runId,
      externalId: record.externalId,
      featuresJson: JSON.stringify(record.features),
      probability: record.probability,
      flagged: record.flagged,
      label: record.label,
      ...(record.scoredAt ? { scoredAt: record.scoredAt } : {}),
    })),
  });
  return count;
}

/** The highest-scoring records, for the overview's table. */
export async function topRecords(store: Store, limit = 20): Promise<ScoredRecordView[]> {
  const rows = await store.scoredRecord.findMany({ orderBy: [{ probability: "desc" }, { id: "asc" }], take: limit });
  return rows.map((row) => ({
    id: row.id,
    externalId: row.externalId,
    probability: row.probability,
    flagged: row.flagged,
    label: row.label,
    scoredAt: row.scoredAt,
    features: JSON.parse(row.featuresJson) as Record<string, number>,
  }));
}
