// What the dashboard reads. Plain objects out (no Prisma types leak into pages), numbers ready to chart.
import type { Store } from "./client";
import { latestPredictionRows } from "./refresh";

export interface FleetRow {
  id: string;
  name: string;
  unit: number;
  source: string;
  lastCycle: number;
  readings: number;
  rul: number | null;
  rulP10: number | null;
  rulP90: number | null;
  failProb: number | null;
  health: number | null;
  /** True RUL at the last cycle, when the engine's failure cycle is known. */
  trueRul: number | null;
  planAction: string | null;
  serviceAt: number | null;
}

export async function fleetRows(store: Store): Promise<FleetRow[]> {
  const assets = await store.asset.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, unit: true, source: true, failureCycle: true } });
  const plan = await store.plan.findFirst({ orderBy: { id: "desc" }, select: { items: { select: { assetId: true, action: true, serviceAt: true } } } });
  const planned = new Map((plan?.items ?? []).map((i) => [i.assetId, i]));
  const counts = await store.reading.groupBy({ by: ["assetId"], _count: { _all: true }, _max: { cycle: true } });
  const countOf = new Map(counts.map((c) => [c.assetId, c]));
  const latest = new Map((await latestPredictionRows(store)).map((p) => [p.assetId, p]));
  const rows: FleetRow[] = [];
  for (const a of assets) {
    const p = latest.get(a.id);
    const c = countOf.get(a.id);
    const lastCycle = c?._max.cycle ?? 0;
    const item = planned.get(a.id);
    rows.push({
      id: a.id,
      name: a.name,
      unit: a.unit,
      source: a.source,
      lastCycle,
      readings: c?._count._all ?? 0,
      rul: p?.rul ?? null,
      rulP10: p?.rulP10 ?? null,
      rulP90: p?.rulP90 ?? null,
      failProb: p?.failProb ?? null,
      health: p?.health ?? null,
      trueRul: a.failureCycle !== null ? Math.max(0, a.failureCycle - lastCycle) : null,
      planAction: item?.action ?? null,
      serviceAt: item?.serviceAt ?? null,
    });
  }
  // Riskiest first: highest failure probability, then lowest RUL.
  return rows.sort((x, y) => (y.failProb ?? -1) - (x.failProb ?? -1) || (x.rul ?? Infinity) - (y.rul ?? Infinity) || x.id.localeCompare(y.id));
}

export async function assetDetail(store: Store, id: string) {
  const asset = await store.asset.findUnique({ where: { id } });
  if (!asset) return null;
  const readings = await store.reading.findMany({ where: { assetId: id }, orderBy: { cycle: "asc" } });
  const predictions = await store.prediction.findMany({ where: { assetId: id }, orderBy: { cycle: "asc" } });
  const plan = await store.plan.findFirst({ orderBy: { id: "desc" }, select: { id: true, createdAt: true, horizonCycles: true, items: { where: { assetId: id } } } });
  return { asset, readings, predictions, planItem: plan?.items[0] ?? null, plan: plan ? { id: plan.id, createdAt: plan.createdAt, horizonCycles: plan.horizonCycles } : null };
}

export async function latestPlan(store: Store) {
  return store.plan.findFirst({ orderBy: { id: "desc" }, include: { items: { include: { asset: { select: { name: true, unit: true } } } } } });
}

export async function recentPlans(store: Store, take = 8) {
  return store.plan.findMany({
    orderBy: { id: "desc" },
    take,
    select: { id: true, createdAt: true, trigger: true, expectedCost: true, runToFailureCost: true, expectedSaving: true, servicedCount: true, horizonCycles: true, crewsPerSlot: true },
  });
}

export async function recentIngests(store: Store, take = 5) {
  const runs = await store.run.findMany({ where: { kind: "ingest" }, orderBy: { id: "desc" }, take });
  return runs.map((r) => ({ id: r.id, createdAt: r.createdAt, ...(JSON.parse(r.detailJson) as { source: string; assets: { id: string; fromCycle: number; toCycle: number }[]; planId: number }) }));
}

export async function failureOverview(store: Store) {
  const scores = await store.failureScore.findMany({ orderBy: { probability: "desc" } });
  return scores;
}

export async function latestRun(store: Store, model: "failure" | "rul") {
  return store.run.findFirst({ where: { kind: "train", model }, orderBy: { id: "desc" } });
}
