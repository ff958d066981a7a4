// Model runs in the store: one row per deployed model version, holding its card and held-out metrics.
import { parseModelCard, type ModelCard } from "@verticals/core";
import { backendLabel } from "../pipeline/backend-label";
import type { Store } from "./client";

export interface RunInput {
  modelVersion: string;
  trainedAt: Date;
  backend: string;
  trainSeconds: number;
  dataKind: "real" | "synthetic";
  dataName: string;
  threshold: number;
  metrics: { model: Record<string, number>; baseline: Record<string, number> };
  card: ModelCard;
}

export interface StoredRun extends RunInput {
  id: number;
  recordedAt: Date;
}

export function runFromCard(card: ModelCard): RunInput {
  return {
    modelVersion: card.version,
    trainedAt: new Date(card.createdAt),
    backend: backendLabel(card.backend),
    trainSeconds: card.trainSeconds,
    dataKind: card.data.provenance.kind,
    dataName: card.data.provenance.name,
    threshold: Number(card.threshold?.value ?? 0.5),
    metrics: { model: card.metrics, baseline: card.baseline.metrics },
    card,
  };
}

/** Registers the run once per model version; returns its id and whether it was new. */
export async function ensureRun(store: Store, run: RunInput): Promise<{ id: number; created: boolean }> {
  const existing = await store.run.findUnique({ where: { modelVersion: run.modelVersion }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const { metrics, card, ...fields } = run;
  const created = await store.run.create({ data: { ...fields, metricsJson: JSON.stringify(metrics), cardJson: JSON.stringify(card) }, select: { id: true } });
  return { id: created.id, created: true };
}

/** The most recently recorded run (the deployed model), or undefined before any seed. */
export async function latestRun(store: Store): Promise<StoredRun | undefined> {
  const row = await store.run.findFirst({ orderBy: [{ recordedAt: "desc" }, { id: "desc" }] });
  if (!row) return undefined;
  const { metricsJson, cardJson, dataKind, ...fields } = row;
  return {
    ...fields,
    dataKind: dataKind === "real" ? "real" : "synthetic",
    metrics: JSON.parse(metricsJson) as StoredRun["metrics"],
    card: parseModelCard(JSON.parse(cardJson), `runs.cardJson of ${row.modelVersion}`),
  };
}
