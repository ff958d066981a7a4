import { reliabilityDiagram, rocCurve, thresholdForSensitivity } from "@verticals/core";
import { Card, CurveChart, EmptyState, Grid, KpiCard, KpiGrid, LineChart, PageHeader, ReliabilityDiagram, Section, thinCurve } from "@verticals/ui";
import { deployedModel } from "../../src/server/dashboard";
import { SensitivityExplorer } from "./SensitivityExplorer";

export const dynamic = "force-dynamic";

function curvePoints(labels: number[], scores: number[]) {
  const roc = rocCurve(labels, scores, { dropIntermediate: true });
  return Array.from(roc.falsePositiveRate, (x, i) => ({ x, y: roc.truePositiveRate[i]! }));
}

function bins(labels: number[], probabilities: number[]) {
  return reliabilityDiagram(labels, probabilities, 10).bins.map((b) => ({ meanPredicted: b.meanPredicted, fractionPositive: b.observedRate, count: b.count }));
}

export default async function PerformancePage() {
  const model = await deployedModel();
  if (!model?.evaluation) {
    return (
      <>
        <PageHeader title="Performance" />
        <EmptyState title="No evaluation yet" description="Train the model and fill the store:" command="pnpm verticals demo" />
      </>
    );
  }
  const { evaluation, reports } = model;
  const cnn = reports.cnn!;
  const baseline = reports.baseline!;
  const split = evaluation.split;
  const labels = evaluation.labels;
  const prevalence = labels.reduce((a, b) => a + b, 0) / labels.length;
  const operating = { x: 1 - cnn.specificity, y: cnn.sensitivity, label: `operating point (${(model.targetSensitivity * 100).toFixed(0)}% target)` };
  const baselineAtTarget = thresholdForSensitivity(labels, evaluation.baseline, model.targetSensitivity);

  return (
    <>
      <PageHeader
        eyebrow={`Held-out ${split} split · ${labels.length} images · ${(prevalence * 100).toFixed(0)}% pneumonia`}
        title="How well does the model rank and flag?"
        description={
          split === "val"
            ? "Measured on the validation images (no test split in this data file). They were not used for training, but they chose the epochs, calibration and threshold; threshold- and calibration-dependent figures are 2-fold cross-fitted. Expect lower figures on MedMNIST's harder official test split."
            : "Measured on the test split, never seen during training or tuning. The threshold and calibration were fitted on the validation split."
        }
      />
      <KpiGrid label="Headline metrics">
        <KpiCard label="ROC-AUC" value={cnn.auc} format={{ kind: "number", digits: 3 }} delta={{ value: cnn.auc - baseline.auc, format: { kind: "number", digits: 3 }, label: "vs pixel baseline", goodWhen: "up" }} testId="kpi-auc" />
        <KpiCard label="Sensitivity at operating point" value={cnn.sensitivity} format="percent" caption={`target ${(model.targetSensitivity * 100).toFixed(0)}%, threshold ${cnn.threshold.toFixed(3)}`} testId="kpi-sensitivity" />
        <KpiCard label="Specificity at operating point" value={cnn.specificity} format="percent" delta={{ value: cnn.specificity - baseline.specificity, format: "percentPoints", label: "vs baseline", goodWhen: "up" }} testId="kpi-specificity" />
        <KpiCard label="Accuracy" value={cnn.accuracy} format="percent" caption={`${(cnn.accuracy_at_0_5 * 100).toFixed(1)}% at calibrated 0.5`} testId="kpi-accuracy" />
        <KpiCard label="Calibration error (ECE)" value={cnn.ece} format={{ kind: "number", digits: 3 }} delta={{ value: cnn.ece - baseline.ece, format: { kind: "number", digits: 3 }, label: "vs baseline", goodWhen: "down" }} testId="kpi-ece" />
      </KpiGrid>

      <Section title="Ranking and calibration" description="The CNN (blue) against logistic regression on the raw pixels (orange, dashed), on the same images.">
        <Grid columns={2}>
          <Card title="ROC curve" subtitle="How well pneumonia scores rank above normal ones">
            <CurveChart
              kind="roc"
              curves={[
                { name: "CNN", role: "model", points: thinCurve(curvePoints(labels, evaluation.cnn)), area: cnn.auc },
                { name: "Pixel logistic regression", role: "baseline", points: thinCurve(curvePoints(labels, evaluation.baseline)), area: baseline.auc },
              ]}
              operatingPoint={operating}
              height={320}
              testId="roc"
            />
          </Card>
          <Card title="Reliability diagram" subtitle="Do calibrated probabilities match how often pneumonia is present?">
            <ReliabilityDiagram
              series={[
                { name: `CNN (ECE ${cnn.ece.toFixed(3)})`, role: "model", bins: bins(labels, evaluation.cnn) },
                { name: `Baseline (ECE ${baseline.ece.toFixed(3)})`, role: "baseline", bins: bins(labels, evaluation.baseline) },
              ]}
              height={320}
              testId="reliability"
            />
          </Card>
        </Grid>
      </Section>

      <Section id="threshold" title="Operating point and sensitivity" description="The confusion matrix at the deployed threshold; move the slider to see what another sensitivity target would cost in false alarms.">
        <Card>
          <SensitivityExplorer labels={labels} probabilities={evaluation.cnn} deployedThreshold={cnn.threshold} targetSensitivity={model.targetSensitivity} split={split} />
        </Card>
        <p className="triage-sub">
          Baseline at the same target on these images: sensitivity {(baselineAtTarget.sensitivity * 100).toFixed(1)}%, specificity {(baselineAtTarget.specificity * 100).toFixed(1)}% (CNN {(cnn.specificity * 100).toFixed(1)}%).
        </p>
      </Section>

      {evaluation.history.length > 0 ? (
        <Section title="Training" description="Validation ROC-AUC per epoch; the weights of the best epoch were kept.">
          <Card>
            <LineChart
              label="Validation ROC-AUC and training loss per epoch"
              series={[
                { name: "Validation ROC-AUC", role: "model", points: evaluation.history.map((h) => ({ x: h.epoch, y: h.valAuc })) },
                { name: "Training loss", role: "baseline", points: evaluation.history.map((h) => ({ x: h.epoch, y: h.loss })) },
              ]}
              height={240}
              xLabel="Epoch"
              yDomain={[0, 1]}
              testId="history"
            />
          </Card>
        </Section>
      ) : null}
    </>
  );
}
