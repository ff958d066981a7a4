import { BarChart, backendText, Card, EmptyState, Grid, LineChart, ModelCardView, PageHeader, type ModelCardMetric } from "@verticals/ui";
import { DEMAND_CLASSES } from "../../src/pipeline/demand-class";
import { provenanceProps, backendProps } from "../../src/web/badges";
import { CLASS_NAMES } from "../../src/web/labels";
import { loadRunView } from "../../src/web/run-view";

export const dynamic = "force-dynamic";

const number3 = { kind: "number", digits: 3 } as const;
const points = { kind: "percentPoints", digits: 1, signed: false } as const;

/** Card metrics as the view shows them; coverage is judged by its distance from the nominal level. */
function cardMetrics(model: Record<string, number>, baseline: Record<string, number>): ModelCardMetric[] {
  const gap = (value: number | undefined, target: number) => (value === undefined ? null : Math.abs(value - target));
  return [
    { name: "Weighted RMSSE", model: model.weighted_rmsse ?? null, baseline: baseline.weighted_rmsse ?? null, higherIsBetter: false, format: number3, help: "M5 accuracy measure; weights = unit sales of the 28 days before the window" },
    { name: "Mean RMSSE", model: model.mean_rmsse ?? null, baseline: baseline.mean_rmsse ?? null, higherIsBetter: false, format: number3, help: "Unweighted mean over series" },
    {
      name: `80% band: off target by (covers ${pct(model.coverage_80)} vs ${pct(baseline.coverage_80)})`,
      model: gap(model.coverage_80, 0.8),
      baseline: gap(baseline.coverage_80, 0.8),
      higherIsBetter: false,
      format: points,
      help: "Distance of the share of days inside the 80% band from 80%",
    },
    {
      name: `95% band: off target by (covers ${pct(model.coverage_95)} vs ${pct(baseline.coverage_95)})`,
      model: gap(model.coverage_95, 0.95),
      baseline: gap(baseline.coverage_95, 0.95),
      higherIsBetter: false,
      format: points,
      help: "Distance of the share of days inside the 95% band from 95%",
    },
    { name: "Pinball loss (units)", model: model.pinball ?? null, baseline: baseline.pinball ?? null, higherIsBetter: false, format: number3, help: "Mean quantile loss over P2.5, P10, P50, P90, P97.5" },
  ];
}

const pct = (v: number | undefined) => (v === undefined ? "—" : `${(v * 100).toFixed(1)}%`);

export default async function ModelPage() {
  const run = await loadRunView();
  if (!run) return <EmptyState title="No model yet" description="Train the model first." command="pnpm verticals train demand" />;
  const { card, evaluation, dispersion } = run;
  const hyper = Object.fromEntries(Object.entries(card.hyperparameters).filter(([, v]) => ["string", "number", "boolean"].includes(typeof v))) as Record<string, string | number | boolean>;
  const epochs = evaluation.epochs;
  const effects = card.extra?.effects as
    | {
        elasticity: Record<string, number>;
        elasticityFit?: Record<string, { estimate: number | null; standardError: number | null; rows: number; dataWeight: number }>;
        eventLift: Record<string, Record<string, number>>;
        eventDays?: Record<string, number>;
        snapLift: Record<string, number>;
      }
    | undefined;
  const identified = (fit: { estimate: number | null; standardError: number | null } | undefined) =>
    fit?.estimate !== null && fit?.estimate !== undefined && fit.standardError !== null && fit.estimate < 0 && Math.abs(fit.estimate) >= 2 * fit.standardError;
  return (
    <>
      <PageHeader eyebrow={`${run.modelVersion} · ${backendText(backendProps(card))}`} title="Model card" description="What the forecaster is, what it was trained and measured on, and where it falls short." />
      <div className="dm-stack">
      <ModelCardView
        title={card.name}
        version={card.version}
        date={card.createdAt}
        task={card.task}
        description={card.description}
        intendedUse={card.intendedUse}
        limitations={card.limitations}
        data={{ provenance: provenanceProps(card), summary: `${card.data.provenance.name}. Training rows are (series, forecast origin, day ahead) triples.`, rows: card.data.rows.train }}
        split={card.data.split}
        metrics={cardMetrics(card.metrics, card.baseline.metrics)}
        modelName="Model"
        baselineName="Seasonal naive"
        backend={backendProps(card)}
        trainingTimeMs={card.trainSeconds * 1000}
        hyperparameters={hyper}
        testId="model-card"
      />
      <Grid columns={2}>
        <Card title="Training" subtitle="Negative-binomial loss of the network per epoch, on training rows and on the held-out window (lower is better)">
          <LineChart
            label="Loss per epoch"
            series={[
              { name: "Training", role: "model", points: epochs.map((e) => ({ x: e.epoch, y: e.loss })) },
              { name: "Held-out window", role: "baseline", dashed: false, points: epochs.map((e) => ({ x: e.epoch, y: e.valLoss ?? null })) },
            ]}
            xLabel="epoch"
            yFormat={{ kind: "number", digits: 2 }}
            height={240}
          />
        </Card>
        <Card title="How wide the bands are" subtitle="Typical negative-binomial dispersion per demand type after calibration on the held-out window: 0 would be Poisson, higher means more spread than the average suggests.">
          <BarChart
            label="Dispersion by demand class"
            data={DEMAND_CLASSES.map((c) => ({ demand: CLASS_NAMES[c], alpha: dispersion.daily[c] }))}
            categoryKey="demand"
            series={[{ key: "alpha", name: "Dispersion (alpha)", role: "model" }]}
            showValues
            valueFormat={{ kind: "number", digits: 2 }}
            height={240}
          />
        </Card>
      </Grid>
      {effects ? (
        <Grid columns={2}>
          <Card title="Price sensitivity" subtitle="Extra units sold after a 10% price cut, from the own-price elasticity measured per category on the history (what-ifs use it).">
            <BarChart
              label="Extra units after a 10% price cut, by category"
              data={Object.entries(effects.elasticity).map(([category, value]) => ({ category, lift: Math.pow(0.9, value) - 1, elasticity: value }))}
              categoryKey="category"
              series={[{ key: "lift", name: "Extra units after a 10% cut", role: "model" }]}
              showValues
              horizontal
              valueFormat={{ kind: "percent", digits: 0 }}
              height={220}
            />
            <ul className="dm-problems">
              {Object.entries(effects.elasticity).map(([category, value]) => {
                const fit = effects.elasticityFit?.[category];
                return (
                  <li key={category}>
                    <strong>{category}</strong> {value.toFixed(2)}
                    {fit && fit.estimate !== null && fit.standardError !== null ? ` (data: ${fit.estimate.toFixed(2)} ± ${fit.standardError.toFixed(2)}, ${fit.rows.toLocaleString("en-US")} series-weeks)` : " (no price moves: prior only)"}
                    {identified(fit) ? "" : " · leans on the prior of -1.5"}
                  </li>
                );
              })}
            </ul>
          </Card>
          <Card
            title="Event and SNAP days"
            subtitle={`Sales on those days against the same weekday one and two weeks around them, per category${effects.eventDays ? ` (event days measured: ${Object.entries(effects.eventDays).map(([t, n]) => `${t} ${n}`).join(", ")})` : ""}.`}
          >
            <BarChart
              label="Event-day lift by category"
              data={Object.entries(effects.eventLift).map(([category, lifts]) => ({ category, ...lifts, SNAP: effects.snapLift[category] ?? null }))}
              categoryKey="category"
              series={["Cultural", "National", "Religious", "Sporting", "SNAP"].map((key) => ({ key, name: key }))}
              valueFormat={{ kind: "percent", digits: 0 }}
              height={240}
            />
          </Card>
        </Grid>
      ) : null}
      </div>
    </>
  );
}
