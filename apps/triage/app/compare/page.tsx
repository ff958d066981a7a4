import { rocCurve } from "@verticals/core";
import { Card, categorical, CurveChart, EmptyState, PageHeader, Section, thinCurve, type Curve } from "@verticals/ui";
import { deployedModel } from "../../src/server/dashboard";
import type { ModelReport } from "../../src/pipeline/report";

export const dynamic = "force-dynamic";

function curvePoints(labels: number[], scores: number[]) {
  const roc = rocCurve(labels, scores, { dropIntermediate: true });
  return thinCurve(Array.from(roc.falsePositiveRate, (x, i) => ({ x, y: roc.truePositiveRate[i]! })));
}

function seconds(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return "–";
  return value < 60 ? `${value.toFixed(1)} s` : `${Math.floor(value / 60)} min ${Math.round(value % 60)} s`;
}

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

function TransferLearningCard({ trainImages }: { trainImages?: number }) {
  return (
    <Card title="What is transfer learning?" id="transfer-learning">
      <div className="triage-prose" data-testid="transfer-explainer">
        <p>
          A network trained on <strong>millions of everyday photos</strong> (ImageNet: dogs, cars, furniture) has already learned to see edges, textures, shapes and how they combine. Those skills carry
          over: a chest X-ray is also made of edges, textures and shapes.
        </p>
        <p>
          <strong>Transfer learning</strong> reuses that pretrained network, frozen, as a feature extractor: each X-ray goes through it once and comes out as a list of 1,280 numbers describing what it
          looks like. Only a <strong>small new layer on top</strong> is trained on our {trainImages ? trainImages.toLocaleString("en") : "few thousand"} labelled X-rays, which takes seconds instead of the weeks the big network needed.
        </p>
        <p>
          Our own CNN, by contrast, learns everything <strong>from scratch</strong> from the X-rays alone. Combining the two (an <strong>ensemble</strong>: averaging their calibrated probabilities) often
          beats either, because they make different mistakes. The same pretrained features also find <strong>similar cases</strong>: X-rays that look alike lie close together in those 1,280 numbers.
        </p>
      </div>
    </Card>
  );
}

export default async function ComparePage() {
  const model = await deployedModel();
  if (!model?.evaluation) {
    return (
      <>
        <PageHeader title="Model comparison" />
        <TransferLearningCard />
        <EmptyState title="No evaluation yet" description="Train the models and fill the store:" command="pnpm verticals demo" />
      </>
    );
  }
  const { evaluation, reports, pretrained, card } = model;
  const labels = evaluation.labels;
  const extra = (card.extra ?? {}) as { cnnSeconds?: number; baselineSeconds?: number };
  const ready = pretrained?.status === "ready" && evaluation.transfer && evaluation.ensemble && reports.transfer && reports.ensemble;

  const rows: Array<{ key: string; name: string; report: ModelReport; time: string; note: string }> = [
    { key: "cnn", name: "CNN from scratch", report: reports.cnn!, time: seconds(extra.cnnSeconds ?? card.trainSeconds), note: "deployed: orders the worklist, Grad-CAM heatmaps" },
  ];
  if (ready) {
    rows.push(
      { key: "transfer", name: "Pretrained backbone + head", report: reports.transfer!, time: `${seconds(pretrained.embedSeconds)} embedding + ${seconds(pretrained.trainSeconds)} head`, note: "MobileNetV2 (ImageNet), frozen" },
      {
        key: "ensemble",
        name: "Ensemble (CNN + pretrained)",
        report: reports.ensemble!,
        time: "both of the above",
        note: pretrained.ensembleOffered ? `offered: val ROC-AUC ${pretrained.valAuc.ensemble.toFixed(3)} beats the CNN's ${pretrained.valAuc.cnn.toFixed(3)}` : "not offered: no better than the CNN on val",
      },
    );
  }
  rows.push({ key: "baseline", name: "Logistic regression on pixels", report: reports.baseline!, time: seconds(extra.baselineSeconds), note: "plain baseline" });

  const curves: Curve[] = [
    { name: "CNN from scratch", role: "model", points: curvePoints(labels, evaluation.cnn), area: reports.cnn!.auc },
    ...(ready
      ? [
          { name: "Pretrained backbone + head", role: "other" as const, color: categorical[2], points: curvePoints(labels, evaluation.transfer!), area: reports.transfer!.auc },
          { name: "Ensemble", role: "other" as const, color: categorical[5], points: curvePoints(labels, evaluation.ensemble!), area: reports.ensemble!.auc },
        ]
      : []),
    { name: "Pixel logistic regression", role: "baseline", points: curvePoints(labels, evaluation.baseline), area: reports.baseline!.auc },
  ];

  return (
    <>
      <PageHeader
        eyebrow={`Held-out ${evaluation.split} split · ${labels.length} images`}
        title="From scratch vs pretrained: which model ranks best?"
        description={
          evaluation.split === "val"
            ? "Measured on the validation images (this data file has no test split); they chose epochs, calibration and thresholds, so figures are mildly optimistic. Accuracy, sensitivity and specificity are at each model's own operating point (95% target sensitivity on val, 2-fold cross-fitted)."
            : "Measured on the test split, never used for training or tuning. Accuracy, sensitivity and specificity are at each model's own operating point (chosen on val)."
        }
      />
      <Section>
        <TransferLearningCard trainImages={card.data.rows.train} />
      </Section>
      {!ready ? (
        <Section title="Pretrained backbone unavailable">
          <Card>
            <p className="triage-prose" data-testid="pretrained-unavailable">
              Only the CNN and the baseline are shown: {pretrained?.status === "unavailable" ? pretrained.reason : "this run was trained before transfer learning was added; retrain with `pnpm verticals train triage`."}
            </p>
          </Card>
        </Section>
      ) : null}
      <Section title="Side by side" description="Same images, same labels, same operating-point rule for every model.">
        <div className="triage-stack">
          <Card padding="flush">
            <table className="vx-table triage-compare" data-testid="compare-table">
              <thead>
                <tr>
                  <th className="vx-table__th vx-align-left">Model</th>
                  <th className="vx-table__th vx-align-right">ROC-AUC</th>
                  <th className="vx-table__th vx-align-right">Accuracy</th>
                  <th className="vx-table__th vx-align-right">Sensitivity</th>
                  <th className="vx-table__th vx-align-right">Specificity</th>
                  <th className="vx-table__th vx-align-left">Training time</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key} data-testid="compare-row" data-model={row.key}>
                    <td className="vx-table__td">
                      <strong>{row.name}</strong>
                      <div className="triage-sub">{row.note}</div>
                    </td>
                    <td className="vx-table__td vx-align-right vx-mono" data-testid={`auc-${row.key}`}>
                      {row.report.auc.toFixed(3)}
                    </td>
                    <td className="vx-table__td vx-align-right vx-mono">{pct(row.report.accuracy)}</td>
                    <td className="vx-table__td vx-align-right vx-mono">{pct(row.report.sensitivity)}</td>
                    <td className="vx-table__td vx-align-right vx-mono">{pct(row.report.specificity)}</td>
                    <td className="vx-table__td triage-sub">{row.time}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
          <Card title="ROC curves" subtitle="Higher and further left is better; the area under each curve is its ROC-AUC">
            <CurveChart kind="roc" curves={curves} height={380} testId="compare-roc" />
          </Card>
        </div>
      </Section>
    </>
  );
}
