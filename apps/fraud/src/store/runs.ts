// Model versions as the store knows them: recorded once, with the test report the dashboard draws.
import type { ModelCard } from "@verticals/core";
import type { EvaluationReport } from "../pipeline/evaluate";
import { fastCommits, type Store } from "./client";

export interface RunRecord {
  version: string;
  trainedAt: Date;
  backend: string;
  dataKind: string;
  dataName: string;
  alertThreshold: number;
  blockThreshold: number;
  costMissedFraud: number;
  costReview: number;
  evaluation: EvaluationReport;
  card: ModelCard;
}

/** Reports go in as JSON, where NaN and Infinity (an undefined rate) become null: readers must expect null for them. */
export async function recordRun(store: Store, run: RunRecord): Promise<void> {
  const data = {
    trainedAt: run.trainedAt,
    backend: run.backend,
    dataKind: run.dataKind,
    dataName: run.dataName,
    alertThreshold: run.alertThreshold,
    blockThreshold: run.blockThreshold,
    costMissedFraud: run.costMissedFraud,
    costReview: run.costReview,
    evaluationJson: JSON.stringify(run.evaluation),
    cardJson: JSON.stringify(run.card),
  };
  await store.modelRun.upsert({ where: { version: run.version }, create: { version: run.version, ...data }, update: {} });
  await fastCommits(store);
}

export interface StoredRun extends RunRecord {
  recordedAt: Date;
}

function toStored(row: Awaited<ReturnType<Store["modelRun"]["findFirstOrThrow"]>>): StoredRun {
  return {
    version: row.version,
    trainedAt: row.trainedAt,
    recordedAt: row.recordedAt,
    backend: row.backend,
    dataKind: row.dataKind,
    dataName: row.dataName,
    alertThreshold: row.alertThreshold,
    blockThreshold: row.blockThreshold,
    costMissedFraud: row.costMissedFraud,
    costReview: row.costReview,
    evaluation: JSON.parse(row.evaluationJson) as EvaluationReport,
    card: JSON.parse(row.cardJson) as ModelCard,
  };
}

/** The most recently trained model version, or null on an empty store. */
export async function latestRun(store: Store): Promise<StoredRun | null> {
  const row = await store.modelRun.findFirst({ orderBy: [{ trainedAt: "desc" }, { id: "desc" }] });
  return row ? toStored(row) : null;
}
