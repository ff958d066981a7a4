import Link from "next/link";
import { Card, EmptyState, Grid, IntervalChart, KpiCard, KpiGrid, PageHeader, SortableTable } from "@verticals/ui";
import { demandProfile, type DemandClass } from "../../src/pipeline/demand-class";
import { HIERARCHY_LEVELS, type HierarchyLevel } from "../../src/pipeline/hierarchy";
import { CLASS_HELP, CLASS_NAMES, CLASS_TONES, LEVEL_NAMES } from "../../src/web/labels";
import { nodeAccuracy } from "../../src/web/node-accuracy";
import { hierarchyNodes, isLevel, nodeChart } from "../../src/web/node-view";
import { topSellingSeries } from "../../src/store/queries";
import { getStore } from "../../src/web/context";
import { loadRunView } from "../../src/web/run-view";
import { NodePicker, type PickerOption } from "./NodePicker";

export const dynamic = "force-dynamic";

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ExplorerPage({ searchParams }: Props) {
  const run = await loadRunView();
  if (!run) return <EmptyState title="No forecast yet" description="Train the model and fill the store first." command="pnpm verticals demo" />;
  const params = await searchParams;
  const { series, nodes } = await hierarchyNodes();
  const seriesById = new Map(series.map((s) => [s.id, s]));
  const level: HierarchyLevel = isLevel(one(params.level)) ? (one(params.level) as HierarchyLevel) : "item_store";
  const options: Record<string, PickerOption[]> = {};
  for (const l of HIERARCHY_LEVELS) {
    options[l] = nodes
      .filter((n) => n.level === l)
      .map((n) => {
        const s = seriesById.get(n.key);
        return { key: n.key, label: l === "item_store" && s ? `${s.itemId} · ${s.storeId}` : n.key === "ALL" ? "All stores" : n.key };
      });
  }
  const requested = one(params.key);
  const key = options[level]!.some((o) => o.key === requested) ? requested! : level === "item_store" ? ((await topSellingSeries(await getStore(), run.id)) ?? options[level]![0]!.key) : options[level]![0]!.key;
  const chart = await nodeChart(run, { level, key }, 112, { nodes });
  if (!chart) return <EmptyState title="Unknown series" description={`No ${LEVEL_NAMES[level].toLowerCase()} called ${key}.`} />;
  const bottom = level === "item_store" ? seriesById.get(key) : undefined;
  const profile = demandProfile(chart.sales, run.originDay);
  const backOrigin = run.originDay - run.horizon;
  const accuracy = nodeAccuracy(chart.sales, backOrigin, chart.backtestMeans);
  const title = bottom ? `${bottom.itemId} in ${bottom.storeId}` : key === "ALL" ? "All stores" : `${key} (${LEVEL_NAMES[level].toLowerCase()})`;
  const parents = bottom
    ? [
        { href: `/explorer?level=item&key=${bottom.itemId}`, label: `${bottom.itemId}, all stores` },
        { href: `/explorer?level=store&key=${bottom.storeId}`, label: `Store ${bottom.storeId}` },
        { href: `/explorer?level=department&key=${bottom.deptId}`, label: `Department ${bottom.deptId}` },
      ]
    : [{ href: "/explorer?level=total&key=ALL", label: "All stores" }];
  const demandClass = profile.demandClass as DemandClass;
  const tableRows = chart.forecast.map((p, h) => ({ date: String(p.x), p10: p.p10, median: p.median, mean: chart.means[h] ?? null, p90: p.p90 }));
  const naiveBand = chart.backtest.map((p, h) => ({ x: p.x, y: accuracy.naivePath[h] ?? null }));
  const lastWeeks = chart.history.filter((p) => String(p.x) < String(chart.backtest[0]?.x ?? "") && chart.history.indexOf(p) >= chart.history.length - 56);
  return (
    <>
      <PageHeader
        eyebrow={`${LEVEL_NAMES[level]} · forecast from ${run.forecastStart}`}
        title={
          <>
            {title}
            <span className={`vx-pill vx-pill--${CLASS_TONES[demandClass]} dm-tag`} data-testid="demand-class" title={CLASS_HELP[demandClass]}>
              {CLASS_NAMES[demandClass]}
            </span>
          </>
        }
        description={`Demand type: ${CLASS_NAMES[demandClass].toLowerCase()}, ${CLASS_HELP[demandClass]} (a sale every ${Number.isFinite(profile.adi) ? profile.adi.toFixed(2) : "∞"} days on average, size variation CV² ${profile.cv2.toFixed(2)}).`}
        actions={
          <div className="dm-row">
            {parents.map((p) => (
              <Link key={p.href} className="vx-button" href={p.href}>
                {p.label}
              </Link>
            ))}
          </div>
        }
      />
      <div className="dm-stack">
      <Card>
        <NodePicker level={level} nodeKey={key} levels={HIERARCHY_LEVELS.map((l) => ({ key: l, label: LEVEL_NAMES[l] }))} nodes={options} />
      </Card>
      <KpiGrid>
        <KpiCard label="Expected units, next 28 days" value={chart.totals.mean} format="number" caption={`${(chart.totals.mean / Math.max(1, chart.forecast.length)).toFixed(2)} per day on average`} testId="node-units" />
        <KpiCard label="Sold in the last 28 days" value={chart.totals.actualLast28} format="number" />
        <KpiCard
          label="Backtest error (RMSSE)"
          value={accuracy.model}
          format={{ kind: "number", digits: 3 }}
          tone={accuracy.model !== null && accuracy.seasonalNaive !== null ? (accuracy.model <= accuracy.seasonalNaive ? "good" : "bad") : undefined}
          caption={`Seasonal naive ${accuracy.seasonalNaive?.toFixed(3) ?? "—"} · ETS ${accuracy.ets?.toFixed(3) ?? "—"} · last 28 history days`}
          help="Root mean squared scaled error of the forecast made before the last 28 history days; below 1 beats a naive day-to-day forecast."
          testId="node-rmsse"
        />
        <KpiCard label="Days without a sale" value={profile.zeroShare} format="percent" caption="since the first sale" />
      </KpiGrid>
      <Card title="History and forecast" subtitle="Daily units: the blue band holds 80% of likely outcomes, the pale band 95%.">
        <IntervalChart
          label={`Daily units, ${title}`}
          history={chart.history}
          forecast={chart.forecast.map((p, h) => ({ ...p, median: chart.means[h] ?? p.median }))}
          actuals={chart.forecastActuals.length > 0 ? chart.forecastActuals : undefined}
          names={{ median: "Forecast (expected units)" }}
          xFormat="dateShort"
          yLabel="units per day"
          height={340}
          testId="forecast-chart"
        />
      </Card>
      <Grid template="3fr 2fr">
        <Card title="How the last four weeks went" subtitle="What the model forecast for the last 28 history days before seeing them (band), what sold (dots) and seasonal naive (dashed).">
          <IntervalChart
            label={`Backtest, ${title}`}
            history={lastWeeks}
            forecast={chart.backtest.map((p, h) => ({ ...p, median: chart.backtestMeans[h] ?? p.median }))}
            actuals={chart.backtestActuals}
            baseline={naiveBand}
            names={{ median: "Forecast (expected units)", baseline: "Seasonal naive" }}
            xFormat="dateShort"
            height={380}
            testId="backtest-chart"
          />
        </Card>
        <Card title="Daily forecast" padding="flush">
          <SortableTable
            columns={[
              { key: "date", header: "Date", format: "date" },
              { key: "p10", header: "P10", format: { kind: "number", digits: 1 } },
              { key: "median", header: "Median", format: { kind: "number", digits: 1 } },
              { key: "mean", header: "Mean", format: { kind: "number", digits: 2 } },
              { key: "p90", header: "P90", format: { kind: "number", digits: 1 } },
            ]}
            rows={tableRows}
            rowKey="date"
            maxRows={10}
            testId="forecast-table"
          />
        </Card>
      </Grid>
      </div>
    </>
  );
}
