// The store's series as pipeline arrays, cached per (run, last stored day) since rebuilding them reads every
// series' history.
import type { DemandData } from "../pipeline/dataset";
import { loadDemandDataFromStore } from "../store/demand-data";
import { getStore } from "./context";
import type { RunView } from "./run-view";

interface Cached {
  key: string;
  data: Promise<DemandData>;
}

const cacheKey = Symbol.for("verticals.demand.store-data");

export async function storeData(run: RunView): Promise<DemandData> {
  const store = await getStore();
  const newest = await store.series.findFirst({ select: { lastDay: true, updatedAt: true }, orderBy: { updatedAt: "desc" } });
  const key = `${run.id}:${newest?.lastDay ?? 0}:${newest?.updatedAt.toISOString() ?? ""}`;
  const holder = globalThis as unknown as Record<symbol, Cached | undefined>;
  const cached = holder[cacheKey];
  if (cached?.key === key) return cached.data;
  const data = loadDemandDataFromStore(store, run.card.data.provenance as DemandData["provenance"]);
  holder[cacheKey] = { key, data };
  data.catch(() => {
    if (holder[cacheKey]?.key === key) holder[cacheKey] = undefined;
  });
  return data;
}
