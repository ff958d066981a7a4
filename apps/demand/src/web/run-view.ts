// The latest run as the pages read it: metrics, card and dispersions parsed from the store's JSON columns.
import { parseModelCard, type ModelCard } from "@verticals/core";
import type { SavedEvaluation } from "../pipeline/artifact";
import type { Dispersion } from "../pipeline/intervals";
import type { HierarchyLevel } from "../pipeline/hierarchy";
import { latestRun } from "../store/queries";
import { getStore } from "./context";

export interface RunView {
  id: number;
  modelVersion: string;
  trainedAt: string;
  backend: string;
  trainSeconds: number;
  dataKind: "real" | "synthetic";
  dataName: string;
  originDay: number;
  forecastStart: string;
  horizon: number;
  evaluation: SavedEvaluation;
  card: ModelCard;
  dispersion: Dispersion;
  levelDispersion: Record<HierarchyLevel, number>;
}

export async function loadRunView(): Promise<RunView | null> {
  const store = await getStore();
  const run = await latestRun(store);
  if (!run) return null;
  const dispersion = JSON.parse(run.dispersionJson) as Dispersion & { levels: Record<HierarchyLevel, number> };
  return {
    id: run.id,
    modelVersion: run.modelVersion,
    trainedAt: run.trainedAt.toISOString(),
    backend: run.backend,
    trainSeconds: run.trainSeconds,
    dataKind: run.dataKind === "real" ? "real" : "synthetic",
    dataName: run.dataName,
    originDay: run.originDay,
    forecastStart: run.forecastStart,
    horizon: run.horizon,
    evaluation: JSON.parse(run.metricsJson) as SavedEvaluation,
    card: parseModelCard(JSON.parse(run.cardJson), `run ${run.id} model card`),
    dispersion: { factor: dispersion.factor, daily: dispersion.daily, sums: dispersion.sums },
    levelDispersion: dispersion.levels,
  };
}
