import { BarChart, Card, Grid, ModelCardView, PageHeader, Section } from "@verticals/ui";
import { backendProps, currentRun, provenanceProps } from "../../src/dashboard/page-data";
import { formatProbability } from "../../src/dashboard/format";
import { BASELINE_NAME, MODEL_NAME } from "../../src/pipeline/card";
import { NoModel } from "../_components/NoModel";

export const dynamic = "force-dynamic";

export default async function ModelPage() {
  const run = await currentRun();
  if (!run) return <NoModel />;
  const { card, evaluation } = run;
  const m = evaluation.model;
  const b = evaluation.baseline;
  const extra = (card.extra ?? {}) as { timeOfDay?: { used: boolean; reason: string }; fingerprint?: string; dataSha256?: string; blendSearch?: Array<{ networkWeight: number; outOfFoldAuprc: number }> };
  const hyper = Object.fromEntries(
    Object.entries(card.hyperparameters).map(([key, value]) => [key, Array.isArray(value) ? value.join("-") : typeof value === "object" ? JSON.stringify(value) : (value as string | number | boolean)]),
  );
  return (
    <>
      <PageHeader eyebrow="Trust" title="Model card" description="What the model is, what it was trained and tested on, how it compares with the plain baseline, and where it should not be trusted." />
      <ModelCardView
        title={MODEL_NAME}
        version={card.version.replace(/^fraud-/, "")}
        date={card.createdAt}
        task={card.task}
        description={card.description}
        intendedUse={card.intendedUse}
        limitations={card.limitations}
        data={{ provenance: provenanceProps(run), summary: card.data.provenance.note, rows: card.data.rows.train + card.data.rows.test, features: Number(card.hyperparameters.features) }}
        split={card.data.split}
        metrics={[
          { name: "ROC-AUC", model: m.roc_auc, baseline: b.roc_auc, format: { kind: "number", digits: 4 } },
          { name: "Average precision (AUPRC)", model: m.auprc, baseline: b.auprc, format: { kind: "number", digits: 4 } },
          { name: "Recall at 1% false-positive rate", model: m.recall_at_1pct_fpr, baseline: b.recall_at_1pct_fpr, format: "percent" },
          { name: "Recall at the alert threshold", model: m.recall, baseline: b.recall, format: "percent", help: "Each model at its own cost-optimal threshold" },
          { name: "Precision at the alert threshold", model: Number.isFinite(m.precision) ? m.precision : null, baseline: Number.isFinite(b.precision) ? b.precision : null, format: "percent" },
          { name: "Expected cost per 1,000 transactions", model: m.expected_cost_per_1000, baseline: b.expected_cost_per_1000, higherIsBetter: false, format: { kind: "money", currency: "EUR", digits: 0 } },
          { name: "Brier score", model: m.brier, baseline: b.brier, higherIsBetter: false, format: { kind: "number", digits: 4 } },
          { name: "Expected calibration error", model: m.ece, baseline: b.ece, higherIsBetter: false, format: { kind: "number", digits: 4 } },
        ]}
        modelName="Neural network"
        baselineName="Logistic regression"
        backend={backendProps(run)}
        trainingTimeMs={card.trainSeconds * 1000}
        hyperparameters={hyper}
        testId="model-card"
      />
      <Section title="Decisions and calibration">
        <Grid columns={2}>
          <Card title="How decisions are made">
            <dl className="fraud-facts" data-testid="policy">
              <dt>Review from</dt>
              <dd>{formatProbability(run.alertThreshold)} fraud probability (cost-optimal on out-of-fold scores)</dd>
              <dt>Block from</dt>
              <dd>{formatProbability(run.blockThreshold)}</dd>
              <dt>Costs</dt>
              <dd>
                {run.costMissedFraud} per missed fraud · {run.costReview} per review of a legitimate transaction
              </dd>
              <dt>Time of day</dt>
              <dd>{extra.timeOfDay?.reason ?? "—"}</dd>
              <dt>Blend</dt>
              <dd>{(extra.blendSearch ?? []).map((s) => `${Math.round(s.networkWeight * 100)}% network: AUPRC ${s.outOfFoldAuprc.toFixed(4)}`).join(" · ")}</dd>
              <dt>Baseline</dt>
              <dd>{BASELINE_NAME}</dd>
              <dt>Fingerprint</dt>
              <dd className="vx-mono">{extra.fingerprint?.slice(0, 16)}… (data sha256 {extra.dataSha256?.slice(0, 12)}…)</dd>
            </dl>
          </Card>
          <Card title="Are the probabilities honest?" subtitle="Test rows in each decision band: the fraud probability the model gave them on average, against the share that really were fraud">
            {(evaluation.bands ?? []).length > 0 ? (
              <BarChart
                label="Predicted against observed fraud rate per decision band"
                data={evaluation.bands.map((b) => ({ band: `${b.decision} (${b.count.toLocaleString("en-US")} rows, ${b.frauds} frauds)`, predicted: b.predicted, observed: b.observed }))}
                categoryKey="band"
                series={[
                  { key: "predicted", name: "Predicted (mean probability)", role: "model" },
                  { key: "observed", name: "Observed fraud rate", role: "actual" },
                ]}
                valueFormat={{ kind: "percent", digits: 1 }}
                showValues
                height={280}
                testId="bands"
              />
            ) : null}
          </Card>
        </Grid>
      </Section>
    </>
  );
}
