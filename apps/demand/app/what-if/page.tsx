import { EmptyState, PageHeader } from "@verticals/ui";
import { topSellingSeries } from "../../src/store/queries";
import { getStore } from "../../src/web/context";
import { loadRunView } from "../../src/web/run-view";
import { WhatIfPanel } from "./WhatIfPanel";

export const dynamic = "force-dynamic";

export default async function WhatIfPage() {
  const run = await loadRunView();
  if (!run) return <EmptyState title="No forecast yet" description="Train the model and fill the store first." command="pnpm verticals demo" />;
  const store = await getStore();
  const [series, days] = await Promise.all([
    store.series.findMany({ select: { id: true, itemId: true, storeId: true, demandClass: true }, orderBy: [{ itemId: "asc" }, { storeId: "asc" }] }),
    store.calendarDay.findMany({ where: { day: { gt: run.originDay, lte: run.originDay + run.horizon } }, select: { date: true }, orderBy: { day: "asc" } }),
  ]);
  const top = await topSellingSeries(store, run.id);
  return (
    <>
      <PageHeader
        eyebrow={`What-if · forecast from ${run.forecastStart}`}
        title="What if the price changes, or an event comes?"
        description="The forecast is scaled by what the history shows: the category's price elasticity on the repriced days, its typical lift on an event day. The order follows. A planning aid based on average effects, not a promise for one item."
      />
      <WhatIfPanel
        series={series.map((s) => ({ id: s.id, label: `${s.itemId} · ${s.storeId} (${s.demandClass})` }))}
        dates={days.map((d) => d.date)}
        initialSeries={top ?? series[0]!.id}
      />
    </>
  );
}
