import {
  BarChart,
  Card,
  CurveChart,
  Gauge,
  Grid,
  HealthBadge,
  HeatmapOverlay,
  IntervalChart,
  KpiCard,
  KpiGrid,
  LineChart,
  ModelCardView,
  PageHeader,
  ReliabilityDiagram,
  Section,
  SortableTable,
  binValues,
  formatNumber,
  thinCurve,
} from "@verticals/ui";
import { placeholderAlerts } from "../src/placeholder/alerts";
import { placeholderForecast } from "../src/placeholder/forecast";
import { seededRandom } from "../src/placeholder/random";
import { confusionAt, curves, placeholderScores, reliabilityBins } from "../src/placeholder/scores";
import { placeholderXray } from "../src/placeholder/xray";
import { ThresholdExplorer } from "./ThresholdExplorer";

const SEED = 42;
const THRESHOLD = 0.5;

export default function HomePage() {
  // Everything below is computed from seeded placeholder data at build time.
  const scores = placeholderScores(SEED);
  const model = curves(scores.labels, scores.model);
  const baseline = curves(scores.labels, scores.baseline);
  const prevalence = scores.labels.reduce((a, b) => a + b, 0) / scores.labels.length;
  const atThreshold = confusionAt(scores.labels, scores.model, THRESHOLD);
  const baselineAtThreshold = confusionAt(scores.labels, scores.baseline, THRESHOLD);
  const recall = (c: typeof atThreshold) => c.tp / (c.tp + c.fn);
  const precision = (c: typeof atThreshold) => (c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : Number.NaN);

  const negatives = scores.model.filter((_, i) => scores.labels[i] === 0);
  const positives = scores.model.filter((_, i) => scores.labels[i] === 1);
  const binnedNeg = binValues(negatives, 50, [0, 1]);
  const binnedPos = binValues(positives, 50, [0, 1]);

  const demand = placeholderForecast(SEED);
  const xray = placeholderXray(SEED);
  const alerts = placeholderAlerts(SEED);

  const daily = seededRandom(SEED + 1);
  const days = Array.from({ length: 30 }, (_, d) => new Date(Date.UTC(2016, 2, 1 + d)).toISOString().slice(0, 10));
  const alertsModel = days.map((x) => ({ x, y: Math.round(38 + 10 * daily()) }));
  const alertsBaseline = days.map((x) => ({ x, y: Math.round(70 + 22 * daily()) }));

  const importances = [
    { feature: "Amount (log)", weight: 0.31 + 0.02 * daily() },
    { feature: "Hour of day", weight: 0.22 + 0.02 * daily() },
    { feature: "Merchant risk", weight: 0.18 + 0.02 * daily() },
    { feature: "Card age", weight: 0.12 + 0.02 * daily() },
    { feature: "Distance from home", weight: 0.09 + 0.02 * daily() },
  ].sort((a, b) => b.weight - a.weight);

  return (
    <>
      <PageHeader
        eyebrow="Placeholder · seeded data"
        title="Dashboard kit at a glance"
        description="Every component of @verticals/ui fed with generated numbers: a model against a plain baseline, a forecast with its uncertainty, an explanation overlay and a work queue."
      />

      <KpiGrid label="Headline figures">
        <KpiCard label="ROC AUC" value={model.auc} format={{ kind: "number", digits: 3 }} delta={{ value: model.auc - baseline.auc, format: { kind: "number", digits: 3 }, label: "vs baseline", goodWhen: "up" }} help="Probability that a random positive scores above a random negative." testId="kpi-auc" />
        <KpiCard label="Average precision" value={model.ap} format={{ kind: "number", digits: 3 }} delta={{ value: model.ap - baseline.ap, format: { kind: "number", digits: 3 }, label: "vs baseline", goodWhen: "up" }} caption={`Positives are ${formatNumber(prevalence * 100, { digits: 1 })}% of cases`} testId="kpi-ap" />
        <KpiCard label="Forecast error (MAE)" value={demand.maeModel} format={{ kind: "number", digits: 1 }} unit="units/day" delta={{ value: demand.maeModel - demand.maeBaseline, format: { kind: "number", digits: 1 }, label: "vs seasonal naive", goodWhen: "down" }} trend={demand.absoluteErrors} caption="Daily error over the 28-day horizon" testId="kpi-mae" />
        <KpiCard label="80% interval coverage" value={demand.coverage80} format="percent" caption="Actual days inside the P10–P90 band; 80% is ideal" testId="kpi-coverage" />
      </KpiGrid>

      <Section title="How good is the model?" description="Model (blue) against the plain baseline (orange, dashed) on the same held-out placeholder cases.">
        <Grid columns={2}>
          <Card title="ROC curve" subtitle="Higher and further left is better">
            <CurveChart
              kind="roc"
              curves={[
                { name: "Model", role: "model", points: thinCurve(model.roc), area: model.auc },
                { name: "Baseline", role: "baseline", points: thinCurve(baseline.roc), area: baseline.auc },
              ]}
              operatingPoint={{ x: atThreshold.fp / (atThreshold.fp + atThreshold.tn), y: recall(atThreshold), label: `threshold ${THRESHOLD}` }}
              height={300}
              testId="roc"
            />
          </Card>
          <Card title="Precision-recall curve" subtitle="What share of flags are right, at each recall">
            <CurveChart
              kind="pr"
              curves={[
                { name: "Model", role: "model", points: thinCurve(model.pr), area: model.ap },
                { name: "Baseline", role: "baseline", points: thinCurve(baseline.pr), area: baseline.ap },
              ]}
              prevalence={prevalence}
              operatingPoint={{ x: recall(atThreshold), y: precision(atThreshold), label: `threshold ${THRESHOLD}` }}
              height={300}
              testId="pr"
            />
          </Card>
        </Grid>
      </Section>

      <Section id="threshold" title="Choose the threshold" description="Move the slider: the flagged share, recall, precision and the confusion matrix follow, computed in the browser from binned scores.">
        <Card>
          <ThresholdExplorer edges={binnedNeg.edges} negativeCounts={binnedNeg.counts} positiveCounts={binnedPos.counts} initialThreshold={THRESHOLD} />
        </Card>
      </Section>

      <Section id="forecast" title="Forecast with uncertainty" description="84 days of placeholder demand, then a 28-day forecast: median line, 80% band and lighter 95% band, against the actuals and a seasonal-naive baseline.">
        <Card>
          <IntervalChart label="Placeholder daily demand and forecast" history={demand.history} forecast={demand.forecast} actuals={demand.actuals} baseline={demand.baseline} xFormat="dateShort" yLabel="Units per day" height={320} testId="forecast" />
        </Card>
      </Section>

      <Section title="Explain and calibrate">
        <Grid template="minmax(0, 0.9fr) minmax(0, 1.1fr) minmax(0, 1.1fr)">
          <Card title="Where the model looked" subtitle="Placeholder 28×28 image, 7×7 heat grid">
            <HeatmapOverlay image={xray.image} heat={xray.heat} label="Placeholder chest image with a heat overlay on the lower right" size={240} smoothHeat testId="heatmap" />
          </Card>
          <Card title="Calibration" subtitle="Do predicted probabilities match outcomes?">
            <ReliabilityDiagram
              series={[
                { name: "Model", role: "model", bins: reliabilityBins(scores.labels, scores.model) },
                { name: "Baseline", role: "baseline", bins: reliabilityBins(scores.labels, scores.baseline) },
              ]}
              height={280}
              testId="reliability"
            />
          </Card>
          <Card title="What drives the score" subtitle="Placeholder feature importances">
            <BarChart label="Feature importance" data={importances.map((d) => ({ feature: d.feature, weight: d.weight }))} categoryKey="feature" series={[{ key: "weight", name: "Importance", role: "model" }]} horizontal showValues valueFormat={{ kind: "number", digits: 2 }} height={280} testId="importance" />
          </Card>
        </Grid>
      </Section>

      <Section title="Operations">
        <Grid template="minmax(0, 2fr) minmax(0, 1fr)">
          <Card title="Alerts per day" subtitle="At equal recall, fewer alerts means less analyst time">
            <LineChart
              label="Daily alerts, model against baseline"
              series={[
                { name: "Model", role: "model", points: alertsModel },
                { name: "Baseline", role: "baseline", points: alertsBaseline },
              ]}
              xFormat="dateShort"
              yDomain={[0, "auto"]}
              height={240}
              testId="alerts-per-day"
            />
          </Card>
          <Card title="Pipeline health" subtitle="Placeholder score, 0–100">
            <div className="hello-center">
              <Gauge value={82} label="Data freshness" testId="gauge" />
              <div className="hello-badges">
                <HealthBadge value={82} label="Freshness" />
                <HealthBadge value={64} label="Drift" />
                <HealthBadge value={31} label="Label delay" />
              </div>
            </div>
          </Card>
        </Grid>
      </Section>

      <Section id="queue" title="Work queue" description="Sort by clicking a column header.">
        <Card padding="flush">
          <SortableTable
            columns={[
              { key: "id", header: "Alert" },
              { key: "category", header: "Merchant category" },
              { key: "amount", header: "Amount", format: "money" },
              { key: "score", header: "Score", format: { kind: "number", digits: 3 } },
              { key: "status", header: "Status", tones: { open: "warn", "in review": "neutral", confirmed: "bad", cleared: "good" } },
              { key: "ageMs", header: "Waiting", format: "duration" },
            ]}
            rows={alerts}
            rowKey="id"
            initialSort={{ key: "score", direction: "desc" }}
            testId="queue"
          />
        </Card>
      </Section>

      <Section id="model-card" title="Model card">
        <ModelCardView
          title="Placeholder scorer"
          version="0.1.0"
          date="2026-11-24"
          task="Binary classification: flag the rare positive class for review"
          description="A stand-in for a real model: its scores are drawn from two seeded distributions so that every chart on this page has something to show."
          intendedUse="Checking that the dashboard kit renders; nothing else."
          limitations={["Generated numbers, not measurements of any model.", "No real dataset was read to make this page.", "Will be deleted when the first real app lands."]}
          data={{ provenance: { kind: "synthetic", dataset: "Seeded placeholder generator" }, summary: "Two classes of generated scores, about 3% positives.", rows: scores.labels.length, features: 0 }}
          split="All generated rows are used as held-out cases"
          metrics={[
            { name: "ROC AUC", model: model.auc, baseline: baseline.auc, format: { kind: "number", digits: 3 } },
            { name: "Average precision", model: model.ap, baseline: baseline.ap, format: { kind: "number", digits: 3 } },
            { name: `Recall at ${THRESHOLD}`, model: recall(atThreshold), baseline: recall(baselineAtThreshold), format: "percent" },
            { name: `False positives at ${THRESHOLD}`, model: atThreshold.fp, baseline: baselineAtThreshold.fp, higherIsBetter: false, format: "integer" },
            { name: "Forecast MAE", model: demand.maeModel, baseline: demand.maeBaseline, higherIsBetter: false, format: { kind: "number", digits: 1 } },
          ]}
          modelName="Placeholder model"
          baselineName="Baseline"
          backend="none (seeded generator)"
          hyperparameters={{ seed: SEED, threshold: THRESHOLD, bins: 50 }}
          testId="model-card"
        />
      </Section>
    </>
  );
}
