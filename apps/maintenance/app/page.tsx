import { Card, Grid, KpiCard, KpiGrid, PageHeader, Section, SortableTable, formatMoney } from "@verticals/ui";
import { healthBand } from "../src/pipeline/health";
import { fleetRows } from "../src/store/queries";
import { readModels } from "../src/server/cards";
import { getStore } from "../src/server/runtime";
import { FleetTiles } from "./_components/FleetTiles";
import { NotReady } from "./_components/NotReady";
import { RulForest } from "./_components/RulForest";

export const dynamic = "force-dynamic";

const planText = (r: { planAction: string | null; serviceAt: number | null }) =>
  r.planAction === "service" ? (r.serviceAt === 0 ? "Service now" : `Service in ${r.serviceAt} cycles`) : "Run on";

export default async function FleetPage() {
  const store = await getStore();
  const rows = await fleetRows(store);
  const plan = await store.plan.findFirst({ orderBy: { id: "desc" }, select: { horizonCycles: true, servicedCount: true, expectedSaving: true } });
  if (rows.length === 0 || !plan) return <NotReady what="fleet" />;

  const windowSetting = readModels().rul?.hyperparameters.window;
  const windowCycles = typeof windowSetting === "number" ? windowSetting : 60;
  const predicted = rows.filter((r) => r.rul !== null);
  const critical = predicted.filter((r) => healthBand(r.health!) === "Critical").length;
  const watch = predicted.filter((r) => healthBand(r.health!) === "Watch").length;
  const expectedFailures = predicted.reduce((s, r) => s + (r.failProb ?? 0), 0);
  const sortedRul = predicted.map((r) => r.rul!).sort((a, b) => a - b);
  const medianRul = sortedRul[Math.floor(sortedRul.length / 2)] ?? Number.NaN;
  const forest = predicted.slice(0, 22).map((r) => ({ id: r.id, rul: r.rul!, p10: r.rulP10!, p90: r.rulP90!, trueRul: r.trueRul, service: r.planAction === "service" }));

  const planTones = Object.fromEntries(rows.map((r) => [planText(r), r.planAction === "service" ? (r.serviceAt === 0 ? "bad" : "warn") : "neutral"])) as Record<string, "bad" | "warn" | "neutral">;

  return (
    <>
      <PageHeader
        eyebrow={`Turbofan fleet · ${rows.length} engines`}
        title="Fleet health"
        description={`Each engine's remaining useful life (RUL) in cycles, predicted from its last ${windowCycles} cycles of sensor readings, with an 80% band. Risk is the chance of failing within the ${plan.horizonCycles}-cycle plan horizon.`}
      />
      <KpiGrid label="Fleet figures">
        <KpiCard label="Critical engines" value={critical} format="integer" tone={critical > 0 ? "bad" : "good"} caption={`${watch} more on watch`} help="Health 40 or below: in a bad case (10th percentile) 50 cycles or less left." testId="kpi-critical" />
        <KpiCard label={`Expected failures, next ${plan.horizonCycles} cycles`} value={expectedFailures} format={{ kind: "number", digits: 1 }} caption="Sum of every engine's failure probability" testId="kpi-expected-failures" />
        <KpiCard label="Planned stops" value={plan.servicedCount} format="integer" caption={`${formatMoney(plan.expectedSaving)} expected saving vs run to failure`} testId="kpi-planned" />
        <KpiCard label="Median RUL" value={medianRul} format={{ kind: "number", digits: 0 }} unit="cycles" caption="Half the fleet has less left" testId="kpi-median-rul" />
      </KpiGrid>

      <Section title="Where the risk is" description="Tiles are coloured by health (red critical, amber watch, green healthy) and ordered riskiest first; the number is the predicted RUL. ⚑ marks a planned stop.">
        <Grid template="minmax(0, 1fr) minmax(0, 1.25fr)">
          <Card title="All engines" subtitle="Click an engine for its history">
            <FleetTiles rows={rows} />
          </Card>
          <Card title={`The ${forest.length} riskiest engines`} subtitle="Predicted RUL, 80% band and, for test engines, the true RUL">
            <RulForest rows={forest} horizon={plan.horizonCycles} testId="rul-forest" />
          </Card>
        </Grid>
      </Section>

      <Section title="Engines ranked by risk" description="Sort by any column.">
        <Card padding="flush">
          <SortableTable
            testId="fleet-table"
            rowKey="id"
            rowHref="/assets/{id}"
            maxRows={25}
            columns={[
              { key: "id", header: "Engine" },
              { key: "band", header: "Health", tones: { Critical: "bad", Watch: "warn", Healthy: "good" } },
              { key: "health", header: "Score", format: { kind: "number", digits: 0 }, help: "0-100: the 10th-percentile RUL as a share of 125 cycles" },
              { key: "failProb", header: `P(fail ≤ ${plan.horizonCycles} cycles)`, format: { kind: "percent", digits: 0 } },
              { key: "rul", header: "RUL (cycles)", format: { kind: "number", digits: 0 } },
              { key: "band80", header: "80% band", sortable: false },
              { key: "trueRul", header: "True RUL", format: "integer", help: "Known for held-out and official-test engines" },
              { key: "lastCycle", header: "Cycles run", format: "integer" },
              { key: "plan", header: "Plan", tones: planTones },
            ]}
            rows={rows.map((r) => ({
              id: r.id,
              band: r.health === null ? "—" : healthBand(r.health),
              health: r.health,
              failProb: r.failProb,
              rul: r.rul,
              band80: r.rulP10 === null ? "—" : `${Math.round(r.rulP10)}–${Math.round(r.rulP90!)}`,
              trueRul: r.trueRul,
              lastCycle: r.lastCycle,
              plan: planText(r),
            }))}
            initialSort={{ key: "failProb", direction: "desc" }}
          />
        </Card>
      </Section>
    </>
  );
}
