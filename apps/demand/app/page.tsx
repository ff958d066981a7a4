import Link from "next/link";
import { BarChart, Card, EmptyState, Grid, IntervalChart, KpiCard, KpiGrid, PageHeader, Section } from "@verticals/ui";
import { DEMAND_CLASSES } from "../src/pipeline/demand-class";
import { getStore } from "../src/web/context";
import { CLASS_NAMES } from "../src/web/labels";
import { nodeChart } from "../src/web/node-view";
import { loadRunView } from "../src/web/run-view";
import { LevelAccuracyChart } from "./_components/LevelAccuracyChart";

export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const run = await loadRunView();
  if (!run) {
    return <EmptyState title="No forecast yet" description="Train the model and fill the store, then reload this page." command="pnpm verticals demo" />;
  }
  const store = await getStore();
  const chain = (await nodeChart(run, { level: "total", key: "ALL" }, 112))!;
  const cal = run.evaluation.calibration;
  const model = cal.model;
  const naive = cal.baselines.seasonal_naive;
  const ets = cal.baselines.ets;
  const [orders, forecasts, series] = await Promise.all([
    store.order.findMany({ where: { runId: run.id }, select: { orderQuantity: true, serviceLevel: true, leadTimeDays: true, reviewDays: true } }),
    store.forecast.findMany({ where: { runId: run.id, kind: "forecast" }, select: { seriesId: true, mean: true } }),
    store.series.findMany({ select: { id: true, storeId: true, catId: true } }),
  ]);
  const toOrder = orders.filter((o) => o.orderQuantity > 0);
  const policy = orders[0];
  const seriesById = new Map(series.map((s) => [s.id, s]));
  const categories = [...new Set(series.map((s) => s.catId))].sort();
  const byStore = new Map<string, Record<string, number>>();
  for (const f of forecasts) {
    const s = seriesById.get(f.seriesId);
    if (!s) continue;
    const row = byStore.get(s.storeId) ?? {};
    row[s.catId] = (row[s.catId] ?? 0) + f.mean;
    byStore.set(s.storeId, row);
  }
  const storeRows = [...byStore.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([storeId, row]) => ({ store: storeId, ...Object.fromEntries(categories.map((c) => [c, Math.round(row[c] ?? 0)])) }));
  const classRows = DEMAND_CLASSES.filter((c) => cal.byClass[c]).map((c) => ({
    demand: `${CLASS_NAMES[c]} (${cal.byClass[c]!.series})`,
    model: cal.byClass[c]!.model.weighted_rmsse,
    naive: cal.byClass[c]!.baselines.seasonal_naive.weighted_rmsse,
    tsb: cal.byClass[c]!.baselines.tsb.weighted_rmsse,
  }));
  const change = chain.totals.actualLast28 > 0 ? chain.totals.mean / chain.totals.actualLast28 - 1 : Number.NaN;
  const improvement = 1 - model.weighted_rmsse / naive.weighted_rmsse;
  return (
    <>
      <PageHeader
        eyebrow={`Forecast from ${run.forecastStart} · ${run.horizon} days · ${series.length} items x stores`}
        title="Demand for the next four weeks"
        description="Expected daily sales with the range they will likely fall in, how accurate the forecast was on the last four weeks it never saw, and what to order."
        actions={
          <Link className="vx-button" href="/orders">
            Review orders
          </Link>
        }
      />
      <div className="dm-stack">
      <KpiGrid>
        <KpiCard
          label="Units expected, next 28 days"
          value={chain.totals.mean}
          format="compact"
          unit="units"
          delta={Number.isFinite(change) ? { value: change, format: "percent", label: "vs the last 28 days" } : undefined}
          help="Sum of the item x store forecasts (reconciled totals add up at every level)."
          testId="kpi-units"
        />
        <KpiCard
          label="Forecast error (weighted RMSSE)"
          value={model.weighted_rmsse}
          format={{ kind: "number", digits: 3 }}
          delta={{ value: -improvement, format: "percent", label: "vs seasonal naive", goodWhen: "down" }}
          caption={`Seasonal naive ${naive.weighted_rmsse.toFixed(3)} · ETS ${ets.weighted_rmsse.toFixed(3)}; lower is better`}
          help="M5's accuracy measure on the last 28 history days, which the model was not trained on: each series' error relative to a naive day-to-day forecast, weighted by its unit sales."
          testId="kpi-error"
        />
        <KpiCard
          label="Days inside the 80% band"
          value={model.coverage_80}
          format="percent"
          tone={Math.abs(model.coverage_80 - 0.8) <= 0.05 ? "good" : "warn"}
          caption={`Target 80% · 95% band: ${(model.coverage_95 * 100).toFixed(1)}% (target 95%)`}
          help="Share of item x store days whose actual sales fell inside the P10-P90 band on the held-out window: the bands mean what they say."
          testId="kpi-coverage"
        />
        <KpiCard
          label="Order lines to place"
          value={toOrder.length}
          format="integer"
          unit={`of ${orders.length}`}
          caption={policy ? `${toOrder.reduce((s, o) => s + o.orderQuantity, 0).toLocaleString("en-US")} units · ${(policy.serviceLevel * 100).toFixed(0)}% service, lead time ${policy.leadTimeDays} d` : "No orders yet"}
          testId="kpi-orders"
        />
      </KpiGrid>

      <Section title="All stores, day by day" description="Sales so far (black), the expected units (blue line) and the ranges sales will fall in 80% and 95% of the time.">
        <Card>
          <IntervalChart
            label="Daily units, all stores"
            history={chain.history}
            forecast={chain.forecast.map((p, h) => ({ ...p, median: chain.means[h] ?? p.median }))}
            names={{ median: "Forecast (expected units)" }}
            actuals={chain.forecastActuals.length > 0 ? chain.forecastActuals : undefined}
            xFormat="dateShort"
            yFormat="compact"
            yLabel="units per day"
            height={320}
            testId="chain-chart"
          />
        </Card>
      </Section>

      <Grid columns={2}>
        <Card title="Where the demand is" subtitle="Forecast units over the next 28 days, by store and category">
          <BarChart
            label="Forecast units by store and category"
            data={storeRows}
            categoryKey="store"
            series={categories.map((c) => ({ key: c, name: c }))}
            mode="stacked"
            horizontal
            valueFormat="compact"
            height={330}
            testId="store-chart"
          />
        </Card>
        <Card
          title="Accuracy at every level"
          subtitle={`Weighted RMSSE on ${cal.firstDate} to ${cal.lastDate}, lower is better. ${improvement > 0 ? `${(improvement * 100).toFixed(0)}% lower error than seasonal naive for item x store.` : ""}`}
        >
          <LevelAccuracyChart report={cal} label="Weighted RMSSE by hierarchy level" height={330} testId="level-chart" />
        </Card>
      </Grid>
      <Section title="Accuracy by demand type" description="Slow, intermittent sellers are forecast as counts with many zero days, not as smooth noise; TSB is the classic method for them.">
        <Card>
          <BarChart
            label="Weighted RMSSE by demand class"
            data={classRows}
            categoryKey="demand"
            series={[
              { key: "model", name: "Model", role: "model" },
              { key: "naive", name: "Seasonal naive", role: "baseline" },
              { key: "tsb", name: "TSB (intermittent demand)" },
            ]}
            valueFormat={{ kind: "number", digits: 2 }}
            height={260}
            testId="class-chart"
          />
        </Card>
      </Section>
      </div>
    </>
  );
}
