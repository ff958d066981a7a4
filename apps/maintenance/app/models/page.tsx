import type { ModelCard } from "@verticals/core";
import { BarChart, Card, Grid, LineChart, ModelCardView, PageHeader, Section, type ModelCardMetric, type ProvenanceBadgeProps } from "@verticals/ui";
import { readModels } from "../../src/server/cards";
import { NotReady } from "../_components/NotReady";
import { PredictedVsTrue } from "../_components/PredictedVsTrue";

export const dynamic = "force-dynamic";

function provenanceProps(card: ModelCard, short: string): ProvenanceBadgeProps {
  const p = card.data.provenance;
  return p.kind === "synthetic"
    ? { kind: "synthetic", dataset: p.name, note: p.note }
    : { kind: "real", dataset: short, citation: p.citation, licence: p.licence, url: p.source, note: p.note };
}

function hyper(card: ModelCard): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(card.hyperparameters).filter(([, v]) => ["string", "number", "boolean"].includes(typeof v))) as Record<string, string | number | boolean>;
}

const backendText = (card: ModelCard, override?: string) =>
  override ?? `tfjs ${card.backend.name}${card.backend.name === "wasm" ? (card.backend.simd ? " (SIMD)" : " (no SIMD)") : ""}, ${card.backend.threads} thread${card.backend.threads === 1 ? "" : "s"}`;

export default function ModelsPage() {
  const { failure, rul, rulEvaluation: re, rulHistory } = readModels();
  if (!failure || !rul || !re) return <NotReady what="trained models" />;
  const fm = failure.metrics;
  const fb = failure.baseline.metrics;
  const rm = rul.metrics;
  const rb = rul.baseline.metrics;
  const constant = (rul.extra?.constantBaseline ?? {}) as Record<string, number>;
  const n3 = { kind: "number", digits: 3 } as const;
  const failureMetrics: ModelCardMetric[] = [
    { name: "F1 at the chosen threshold", model: fm.f1 ?? null, baseline: fb.f1 ?? null, format: n3 },
    { name: "Precision", model: fm.precision ?? null, baseline: fb.precision ?? null, format: n3 },
    { name: "Recall", model: fm.recall ?? null, baseline: fb.recall ?? null, format: n3 },
    { name: "ROC-AUC", model: fm.roc_auc ?? null, baseline: fb.roc_auc ?? null, format: n3 },
    { name: "AUPRC", model: fm.auprc ?? null, baseline: fb.auprc ?? null, format: n3 },
    { name: "Brier score", model: fm.brier ?? null, baseline: fb.brier ?? null, higherIsBetter: false, format: { kind: "number", digits: 4 } },
    { name: "Expected calibration error", model: fm.ece ?? null, baseline: fb.ece ?? null, higherIsBetter: false, format: { kind: "number", digits: 4 } },
  ];
  const rulMetrics: ModelCardMetric[] = [
    { name: "RMSE (cycles)", model: rm.rmse ?? null, baseline: rb.rmse ?? null, higherIsBetter: false, format: { kind: "number", digits: 2 } },
    { name: "NASA score (sum, late errors cost more)", model: rm.nasa_score ?? null, baseline: rb.nasa_score ?? null, higherIsBetter: false, format: { kind: "number", digits: 0 } },
    { name: "MAE (cycles)", model: rm.mae ?? null, baseline: rb.mae ?? null, higherIsBetter: false, format: { kind: "number", digits: 2 } },
  ];
  const members = rulHistory ?? [];
  const curve = members[0];
  const testName = re.testKind === "official" ? "NASA's official test engines" : "held-out engines cut short";

  return (
    <>
      <PageHeader
        eyebrow="Model cards"
        title="How good are the models?"
        description="Both models are measured on data they never trained on, against plain baselines fitted on the same data. Blue is the model, orange the baseline."
      />
      <Section title="Remaining useful life" description={`Scored at the last observed cycle of ${re.engines} ${testName}.`}>
        <Grid template="minmax(0, 1fr) minmax(0, 1fr)">
          <Card title="Error against the baselines" subtitle="RMSE in cycles: lower is better">
            <BarChart
              label="RMSE of the CNN, the linear model and the constant mean"
              categoryKey="model"
              data={[
                { model: "CNN (this model)", cnn: re.rmse, baseline: null },
                { model: "Linear (ridge)", cnn: null, baseline: re.baselines.linear.rmse },
                { model: "Constant mean", cnn: null, baseline: re.baselines.mean.rmse },
              ]}
              series={[
                { key: "cnn", name: "Model", role: "model" },
                { key: "baseline", name: "Baselines", role: "baseline" },
              ]}
              mode="stacked"
              horizontal
              valueFormat={{ kind: "number", digits: 1 }}
              height={200}
              testId="rul-rmse"
            />
            <p className="mt-note">
              80% band covers {Math.round(re.coverage80 * 100)}% of true RULs (90% band: {Math.round(re.coverage90 * 100)}%), mean width {Math.round(re.width80)} cycles. Constant-mean baseline: RMSE {constant.rmse?.toFixed(1) ?? "—"}, NASA score {constant.nasa_score?.toFixed(0) ?? "—"}.
            </p>
          </Card>
          <Card title="Predicted against true RUL" subtitle="Each dot an engine; errors are larger far from failure">
            <PredictedVsTrue points={re.predictions} testId="rul-scatter" />
          </Card>
        </Grid>
        {curve && curve.val_rmse.length > 1 ? (
          <Card
            title="Training curve"
            subtitle={`Validation RMSE per epoch (validation engines cut short)${members.length > 1 ? `, one line per ensemble member on its own held-out engines` : ""}; ${rul.hyperparameters.selection === "weight-averaging" ? "the weights of the low-learning-rate epochs were averaged" : `best epoch ${curve.bestEpoch} was kept`}`}
          >
            <LineChart
              label="Validation RMSE per epoch"
              series={members.map((m, k) =>
                members.length > 1
                  ? { name: `Member ${k + 1} (cycles)`, points: m.val_rmse.map((v, i) => ({ x: i + 1, y: v })) }
                  : { name: "Validation RMSE (cycles)", role: "model" as const, points: m.val_rmse.map((v, i) => ({ x: i + 1, y: v })) },
              )}
              xType="number"
              xLabel="epoch"
              height={200}
              testId="rul-curve"
            />
          </Card>
        ) : null}
        <ModelCardView
          testId="card-rul"
          title={rul.name}
          version={rul.version}
          date={rul.createdAt}
          task={rul.task}
          description={rul.description}
          intendedUse={rul.intendedUse}
          limitations={rul.limitations}
          data={{ provenance: provenanceProps(rul, "NASA C-MAPSS FD001"), summary: rul.data.provenance.note, rows: rul.data.rows.train }}
          split={rul.data.split}
          metrics={rulMetrics}
          modelName="1-D CNN"
          baselineName={rul.baseline.name}
          backend={backendText(rul)}
          trainingTimeMs={rul.trainSeconds * 1000}
          hyperparameters={hyper(rul)}
        />
      </Section>
      <Section title="Machine-failure risk">
        <ModelCardView
          testId="card-failure"
          title={failure.name}
          version={failure.version}
          date={failure.createdAt}
          task={failure.task}
          description={failure.description}
          intendedUse={failure.intendedUse}
          limitations={failure.limitations}
          data={{ provenance: provenanceProps(failure, "AI4I 2020"), summary: failure.data.provenance.note, rows: failure.data.rows.train + failure.data.rows.test, features: Number(failure.hyperparameters.features ?? 0) }}
          split={failure.data.split}
          metrics={failureMetrics}
          modelName="Gradient boosting"
          baselineName="Logistic regression"
          backend={backendText(failure, "plain TypeScript (trees need no tensors)")}
          trainingTimeMs={failure.trainSeconds * 1000}
          hyperparameters={hyper(failure)}
        />
      </Section>
    </>
  );
}
