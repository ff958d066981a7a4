import { Card, EmptyState, ModelCardView, PageHeader, Section, type ModelCardMetric } from "@verticals/ui";
import { deployedModel } from "../../src/server/dashboard";
import { env } from "../../src/server/runtime";
import { rankingRule } from "../../src/store/ranking";

export const dynamic = "force-dynamic";

export default async function ModelCardPage() {
  const model = await deployedModel();
  if (!model) {
    return (
      <>
        <PageHeader title="Model card" />
        <EmptyState title="No trained model yet" description="Train it first:" command="pnpm verticals train triage" />
      </>
    );
  }
  const { card } = model;
  const cnn = model.reports.cnn ?? (card.metrics as never);
  const baseline = model.reports.baseline ?? (card.baseline.metrics as never);
  const split = String(card.extra?.reportSplit ?? "val");
  const metrics: ModelCardMetric[] = [
    { name: "ROC-AUC", model: cnn.auc, baseline: baseline.auc, format: { kind: "number", digits: 3 } },
    { name: `Sensitivity at ${(model.targetSensitivity * 100).toFixed(0)}% target`, model: cnn.sensitivity, baseline: baseline.sensitivity, format: "percent" },
    { name: "Specificity at operating point", model: cnn.specificity, baseline: baseline.specificity, format: "percent" },
    { name: "Accuracy at operating point", model: cnn.accuracy, baseline: baseline.accuracy, format: "percent" },
    { name: "Accuracy at calibrated 0.5", model: cnn.accuracy_at_0_5, baseline: baseline.accuracy_at_0_5, format: "percent" },
    { name: "Expected calibration error", model: cnn.ece, baseline: baseline.ece, higherIsBetter: false, format: { kind: "number", digits: 3 } },
    { name: "Brier score", model: cnn.brier, baseline: baseline.brier, higherIsBetter: false, format: { kind: "number", digits: 3 } },
  ];
  const provenance = card.data.provenance;
  // Shown as written (small values such as an L2 of 0.0001 must not round to 0).
  const hyper = Object.fromEntries(
    Object.entries(card.hyperparameters)
      .filter(([, v]) => typeof v === "string" || typeof v === "number" || typeof v === "boolean")
      .map(([k, v]) => [k, String(v)]),
  ) as Record<string, string>;
  return (
    <>
      <PageHeader eyebrow={`Model card · ${model.version}`} title="What the model is for, and where it must not be trusted" description="Intended use, training data and its provenance, held-out results against a plain baseline, limitations and subgroup caveats." />
      <Section>
        <ModelCardView
          title={card.name}
          version={`1.0+${model.version.replace(/^triage-cnn@/, "").slice(0, 8)}`}
          date={card.createdAt}
          task={card.task}
          description={card.description}
          intendedUse={card.intendedUse}
          limitations={card.limitations}
          data={{
            provenance:
              provenance.kind === "real"
                ? { kind: "real", dataset: provenance.name, citation: provenance.citation, licence: provenance.licence, url: provenance.source, note: provenance.note }
                : { kind: "synthetic", dataset: provenance.name, note: provenance.note },
            summary: card.data.split,
            rows: card.data.rows.train + card.data.rows.validation + card.data.rows.test,
          }}
          split={{ train: card.data.rows.train, validation: card.data.rows.validation, test: card.data.rows.test }}
          metrics={metrics}
          modelName={`CNN (${split})`}
          baselineName="Pixel logistic regression"
          backend={{ runtime: "tfjs", backend: card.backend.name, detail: card.backend.name === "wasm" ? (card.backend.simd ? "SIMD" : "no SIMD") : undefined }}
          trainingTimeMs={card.trainSeconds * 1000}
          hyperparameters={hyper}
          testId="model-card"
        />
      </Section>
      <Section title="How it is used here">
        <Card>
          <div className="triage-prose">
            <p>
              <strong>Worklist order.</strong> {rankingRule(env().readingTargetMinutes)}
            </p>
            <p>
              <strong>Heatmaps.</strong> Grad-CAM on the last convolution block (a 7×7 grid over the 28×28 input): the feature maps weighted by how much they raise the pneumonia score. They show where the
              evidence for pneumonia was found, not a segmentation of disease, and an empty map means no region raised the score.
            </p>
            <p>
              <strong>De-identification.</strong> DICOM uploads follow the DICOM PS3.15 Basic Application Level Confidentiality Profile before anything is stored: patient name, ID, birth date, addresses,
              institution, physicians, dates and free-text comments are removed or emptied, private attributes and overlays are dropped, and every instance UID is replaced by a keyed pseudonym. Files declaring
              burned-in annotations are refused. PNG and JPEG uploads keep only their decoded pixels.
            </p>
            <p>
              <strong>Not a medical device.</strong> This is an open-source demonstration on a research dataset. It has not been validated clinically and must not influence patient care.
            </p>
          </div>
        </Card>
      </Section>
    </>
  );
}
