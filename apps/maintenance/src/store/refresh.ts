// Keeping predictions and the plan in step with the readings: predict the cycles that have no prediction from
// the current model, and make a new plan from every engine's latest prediction.
import type { RulModelMeta } from "../pipeline/artifacts";
import { planAsset, predictHistory, type CyclePrediction, type RulPredictor } from "../pipeline/fleet";
import { makePlan, type PlanResult, type PlanSettings } from "../pipeline/plan";
import type { Store } from "./client";
import { engineFromReadings, MEASUREMENT_FIELDS } from "./readings";

type Tx = Omit<Store, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const readingSelect = { cycle: true, ...Object.fromEntries(MEASUREMENT_FIELDS.map((f) => [f, true])) } as { cycle: true } & Record<(typeof MEASUREMENT_FIELDS)[number], true>;

/** Predictions of one asset's cycles at or after `fromCycle`, from its stored readings. */
export async function predictAsset(db: Tx, predictor: RulPredictor, assetId: string, horizonCycles: number, fromCycle?: number): Promise<CyclePrediction[]> {
  const asset = await db.asset.findUniqueOrThrow({ where: { id: assetId }, select: { unit: true } });
  const readings = await db.reading.findMany({ where: { assetId }, select: readingSelect, orderBy: { cycle: "asc" } });
  if (readings.length === 0) return [];
  return predictHistory(engineFromReadings(asset.unit, readings), predictor, horizonCycles, fromCycle);
}

export function predictionRows(assetId: string, modelVersion: string, horizonCycles: number, predictions: CyclePrediction[]) {
  return predictions.map((p) => ({ assetId, modelVersion, horizonCycles, ...p }));
}

/**
 * Predicts every cycle of the listed assets that the current model has not predicted yet; predictions of an
 * older model version are replaced. Returns how many predictions were written.
 */
export async function refreshPredictions(db: Tx, predictor: RulPredictor, modelVersion: string, assetIds: readonly string[], horizonCycles: number): Promise<number> {
  let written = 0;
  for (const assetId of assetIds) {
    await db.prediction.deleteMany({ where: { assetId, NOT: { modelVersion } } });
    const last = await db.prediction.findFirst({ where: { assetId }, orderBy: { cycle: "desc" }, select: { cycle: true } });
    const fresh = await predictAsset(db, predictor, assetId, horizonCycles, last ? last.cycle + 1 : undefined);
    if (fresh.length === 0) continue;
    await db.prediction.createMany({ data: predictionRows(assetId, modelVersion, horizonCycles, fresh) });
    written += fresh.length;
  }
  return written;
}

/** Each asset's prediction after its latest predicted cycle (two queries, whatever the fleet size). */
export async function latestPredictionRows(db: Tx) {
  const latest = await db.prediction.groupBy({ by: ["assetId"], _max: { cycle: true } });
  const keys = latest.filter((l) => l._max.cycle !== null).map((l) => ({ assetId: l.assetId, cycle: l._max.cycle! }));
  if (keys.length === 0) return [];
  return db.prediction.findMany({ where: { OR: keys }, orderBy: { assetId: "asc" } });
}

/** The latest prediction of every asset, with what the plan needs. */
export async function latestPredictions(db: Tx) {
  const assets = new Map((await db.asset.findMany({ select: { id: true, failureCycle: true } })).map((a) => [a.id, a.failureCycle]));
  return (await latestPredictionRows(db))
    .filter((p) => assets.has(p.assetId))
    .map((p) => ({ assetId: p.assetId, cycle: p.cycle, rul: p.rul, failureCycle: assets.get(p.assetId) ?? null }));
}

/** A plan from every asset's latest prediction (computed, not saved). */
export async function computePlan(db: Tx, meta: RulModelMeta, settings: PlanSettings): Promise<PlanResult> {
  const latest = await latestPredictions(db);
  return makePlan(
    latest.map((p) => planAsset(p.assetId, p.rul, meta, p.failureCycle !== null ? Math.max(0, p.failureCycle - p.cycle) : null)),
    settings,
  );
}

/** Computes and saves a plan; returns its id. */
export async function savePlan(db: Tx, meta: RulModelMeta, settings: PlanSettings, trigger: "seed" | "ingest" | "api", modelVersion: string): Promise<{ id: number; plan: PlanResult }> {
  const plan = await computePlan(db, meta, settings);
  const saved = await db.plan.create({
    data: {
      trigger,
      ...plan.settings,
      expectedCost: plan.expectedCost,
      runToFailureCost: plan.runToFailureCost,
      expectedSaving: plan.expectedSaving,
      servicedCount: plan.servicedCount,
      realisedCost: plan.realised?.cost ?? null,
      realisedRunToFailureCost: plan.realised?.runToFailureCost ?? null,
      modelVersion,
      items: { createMany: { data: plan.items } },
    },
    select: { id: true },
  });
  return { id: saved.id, plan };
}
