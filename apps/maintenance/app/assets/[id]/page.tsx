import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, Gauge, Grid, KpiCard, KpiGrid, LineChart, PageHeader, Section, formatMoney } from "@verticals/ui";
import { healthBand } from "../../../src/pipeline/health";
import { SENSOR_INFO, TREND_SENSORS } from "../../../src/sensors";
import { assetDetail } from "../../../src/store/queries";
import { getStore } from "../../../src/server/runtime";
import { readModels } from "../../../src/server/cards";
import { RulHistoryChart } from "../../_components/RulHistoryChart";

export const dynamic = "force-dynamic";

const SOURCES: Record<string, string> = {
  "cmapss-test": "NASA official test engine (cut short before failure; true RUL published)",
  "cmapss-holdout": "Training-file engine kept out of training, cut short (true RUL known)",
  api: "Added through the API",
};

export default async function AssetPage({ params }: { params: Promise<{ id: string }> }) {
  let id: string;
  try {
    id = decodeURIComponent((await params).id);
  } catch {
    notFound(); // a broken %-escape names no engine
  }
  const detail = await assetDetail(await getStore(), id);
  if (!detail) notFound();
  const { asset, readings, predictions, planItem, plan } = detail;
  const cap = readModels().rul?.hyperparameters.cap;
  const capCycles = typeof cap === "number" ? cap : 125;
  const latest = predictions.at(-1);
  const lastCycle = readings.at(-1)?.cycle ?? 0;
  const horizon = plan?.horizonCycles ?? latest?.horizonCycles ?? 30;
  const trueRulAt = (cycle: number) => (asset.failureCycle !== null ? Math.max(0, asset.failureCycle - cycle) : null);
  const points = predictions.map((p) => ({ cycle: p.cycle, rul: p.rul, p05: p.rulP05, p10: p.rulP10, p90: p.rulP90, p95: p.rulP95, trueRul: trueRulAt(p.cycle) }));
  const uploaded = readings.filter((r) => r.source !== "seed").length;

  return (
    <>
      <PageHeader
        eyebrow={<Link href="/">← Fleet</Link>}
        title={`${asset.name} · ${asset.id}`}
        description={`${SOURCES[asset.source] ?? asset.source}. ${readings.length} cycles of readings${uploaded ? `, ${uploaded} of them uploaded` : ""}; last cycle ${lastCycle}.`}
        actions={
          <Link className="vx-button" href={`/ingest?asset=${asset.id}`}>
            Add readings
          </Link>
        }
      />
      {latest ? (
        <Grid template="minmax(0, 220px) minmax(0, 1fr)">
          <Card>
            <div className="mt-center">
              <Gauge value={latest.health} label="Health" size={180} testId="health-gauge" />
              <p className="mt-note">{healthBand(latest.health)}: 10th-percentile RUL {Math.round(latest.rulP10)} of {capCycles} cycles</p>
            </div>
          </Card>
          <KpiGrid label="Engine figures">
            <KpiCard label="Predicted RUL" value={latest.rul} format={{ kind: "number", digits: 0 }} unit="cycles" caption={`80% band ${Math.round(latest.rulP10)}–${Math.round(latest.rulP90)}`} testId="kpi-rul" />
            <KpiCard
              label={`P(fail within ${horizon} cycles)`}
              value={latest.failProb}
              format={{ kind: "percent", digits: 0 }}
              tone={latest.failProb >= 0.5 ? "bad" : latest.failProb >= 0.1 ? "warn" : "good"}
              testId="kpi-failprob"
            />
            <KpiCard
              label="Plan"
              value={planItem ? (planItem.action === "service" ? (planItem.serviceAt === 0 ? "Stop now" : `Stop in ${planItem.serviceAt}`) : "Run on") : "—"}
              unit={planItem?.action === "service" && planItem.serviceAt ? "cycles" : undefined}
              caption={planItem ? `${planItem.action === "service" ? "planned stop; " : ""}expected cost ${formatMoney(planItem.expectedCost)}` : undefined}
              help={planItem?.reason}
              testId="kpi-plan"
            />
            <KpiCard label="True RUL" value={trueRulAt(lastCycle)} format="integer" unit={asset.failureCycle !== null ? "cycles" : undefined} caption={asset.failureCycle !== null ? `fails at cycle ${asset.failureCycle}` : "unknown for this engine"} testId="kpi-true-rul" />
          </KpiGrid>
        </Grid>
      ) : null}

      <Section title="Remaining useful life over time" description="What the model would have said after each cycle. Near failure the prediction should meet the true RUL line.">
        <Card>
          {points.length ? <RulHistoryChart points={points} cap={capCycles} horizon={horizon} testId="rul-history" /> : <p>No predictions yet.</p>}
        </Card>
      </Section>

      <Section title="Sensor trends" description="The sensors that move most as the high-pressure compressor degrades.">
        <Grid columns={3}>
          {TREND_SENSORS.map((k) => {
            const info = SENSOR_INFO[k]!;
            const field = `sensor${k}` as const;
            return (
              <Card key={k} title={`${info.symbol} · ${info.description}`} subtitle={info.unit || undefined}>
                <LineChart
                  label={`${info.description} per cycle`}
                  series={[{ name: info.symbol, role: "actual", points: readings.map((r) => ({ x: r.cycle, y: r[field] })) }]}
                  xType="number"
                  height={150}
                  yFormat={{ kind: "number", digits: k === 12 || k === 20 ? 2 : 1 }}
                  testId={`trend-s${k}`}
                />
              </Card>
            );
          })}
        </Grid>
      </Section>
    </>
  );
}
