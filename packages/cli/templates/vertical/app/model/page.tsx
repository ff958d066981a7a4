import { EmptyState, ModelCardView, PageHeader, Section, type ModelCardMetric } from "@verticals/ui";
import { BASELINE_NAME } from "../../src/pipeline/card";
import { deployedCard } from "../../src/server/runtime";

export const dynamic = "force-dynamic";

export default async function ModelCardPage() {
  const card = await deployedCard();
  if (!card) {
    return (
      <>
        <PageHeader title="Model card" />
        <EmptyState title="No trained model yet" description="Train it first:" command="pnpm verticals train __NAME__" />
      </>
    );
  }
  const model = card.metrics;
  const baseline = card.baseline.metrics;
  const value = (metrics: Record<string, number>, name: string) => metrics[name] ?? null;
  const metrics: ModelCardMetric[] = [
    { name: "ROC-AUC", model: value(model, "auc"), baseline: value(baseline, "auc"), format: { kind: "number", digits: 3 } },
    { name: "AUPRC (average precision)", model: value(model, "auprc"), baseline: value(baseline, "auprc"), format: { kind: "number", digits: 3 } },
    { name: "Brier score", model: value(model, "brier"), baseline: value(baseline, "brier"), higherIsBetter: false, format: { kind: "number", digits: 3 } },
    { name: "Accuracy at threshold", model: value(model, "accuracy"), baseline: value(baseline, "accuracy"), format: "percent" },
    { name: "Precision at threshold", model: value(model, "precision"), baseline: value(baseline, "precision"), format: "percent" },
    { name: "Recall at threshold", model: value(model, "recall"), baseline: value(baseline, "recall"), format: "percent" },
  ];
  const provenance = card.data.provenance;
  const hyperparameters = Object.fromEntries(
    Object.entries(card.hyperparameters).filter((entry): entry is [string, string | number | boolean] => ["string", "number", "boolean"].includes(typeof entry[1])),
  );
  return (
    <>
      <PageHeader eyebrow={`Model card · ${card.version}`} title="What the model is for, and how good it is" description="Intended use, data and provenance, held-out results against a plain baseline, and limitations." />
      <Section>
        <ModelCardView
          title={card.name}
          version={card.version.split("@")[1] ?? card.version}
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
          modelName={card.name}
          baselineName={BASELINE_NAME}
          backend={{ runtime: "tfjs", backend: card.backend.name, detail: card.backend.name === "wasm" ? (card.backend.simd ? "SIMD" : "no SIMD") : undefined }}
          trainingTimeMs={card.trainSeconds * 1000}
          hyperparameters={hyperparameters}
          testId="model-card"
        />
      </Section>
    </>
  );
}
