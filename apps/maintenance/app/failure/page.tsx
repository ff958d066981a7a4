import { BarChart, Card, Grid, KpiCard, KpiGrid, PageHeader, ReliabilityDiagram, Section, SortableTable } from "@verticals/ui";
import { FAILURE_FEATURES } from "../../src/pipeline/failure/features";
import { MODE_NAMES } from "../../src/pipeline/failure/model";
import { failureOverview } from "../../src/store/queries";
import { readModels } from "../../src/server/cards";
import { getStore } from "../../src/server/runtime";
import { FailureScorer } from "../_components/FailureScorer";
import { NotReady } from "../_components/NotReady";

export const dynamic = "force-dynamic";

const modeName = (m: string) => MODE_NAMES[m as keyof typeof MODE_NAMES] ?? m;
const SHORT_MODES: Record<string, string> = { TWF: "Tool wear", HDF: "Heat", PWF: "Power", OSF: "Overstrain", RNF: "Random" };
/** Bins with very few readings say nothing about calibration; leave them out. */
const MIN_BIN = 5;

export default async function FailurePage() {
  const { failure: card, failureEvaluation: ev } = readModels();
  const scores = await failureOverview(await getStore());
  if (!card || !ev || scores.length === 0) return <NotReady what="failure-risk scores" />;
  const m = ev.model;
  const b = ev.baseline;
  const flagged = scores.filter((s) => s.flagged);
  const importance = ev.importance ?? [];
  const totalGain = importance.reduce((a, v) => a + v, 0) || 1;
  const drivers = FAILURE_FEATURES.map((f, j) => ({ feature: f.short, share: (importance[j] ?? 0) / totalGain }))
    .sort((x, y) => y.share - x.share)
    .slice(0, 8);

  return (
    <>
      <PageHeader
        eyebrow={`Milling process · AI4I 2020 · ${ev.rows} readings kept out of training`}
        title="Machine-failure risk"
        description="Will a milling operation end in a machine failure? Gradient-boosted trees read the process readings and product type only (the failure-mode flags are answers, never inputs) and give a calibrated probability and the most likely failure mode."
      />
      <KpiGrid label="Failure model figures">
        <KpiCard label="F1 on held-out readings" value={m.f1} format={{ kind: "number", digits: 2 }} delta={{ value: m.f1! - b.f1!, format: { kind: "number", digits: 2 }, label: "vs logistic regression", goodWhen: "up" }} testId="kpi-f1" />
        <KpiCard label="Precision · recall" value={`${Math.round(m.precision! * 100)}% · ${Math.round(m.recall! * 100)}%`} caption={`of flagged readings that failed · of failures flagged (threshold ${m.threshold!.toFixed(2)})`} testId="kpi-pr" />
        <KpiCard label="AUPRC" value={m.auprc} format={{ kind: "number", digits: 2 }} delta={{ value: m.auprc! - b.auprc!, format: { kind: "number", digits: 2 }, label: "vs logistic regression", goodWhen: "up" }} caption={`failures are ${((ev.failures / ev.rows) * 100).toFixed(1)}% of readings`} testId="kpi-auprc" />
        <KpiCard label="Failure mode named right" value={ev.modeAccuracy} format={{ kind: "percent", digits: 0 }} caption="of flagged failures with a known mode" testId="kpi-mode" />
      </KpiGrid>

      <Section title="Where failures come from">
        <Grid columns={2}>
          <Card title="Risk by product type" subtitle="Observed failure rate against the model's mean probability">
            <BarChart
              label="Failure rate and mean predicted probability by product type"
              categoryKey="type"
              data={ev.byType.map((t) => ({ type: `${t.type} (${t.rows})`, observed: t.failureRate, predicted: t.meanProbability }))}
              series={[
                { key: "observed", name: "Observed failure rate", role: "actual" },
                { key: "predicted", name: "Mean predicted probability", role: "model" },
              ]}
              valueFormat={{ kind: "percent", digits: 1 }}
              height={260}
              testId="risk-by-type"
            />
          </Card>
          <Card title="Failure modes" subtitle="Held-out failures per mode: how many the model flagged and named">
            <BarChart
              label="Failures per mode, flagged and correctly named"
              categoryKey="mode"
              data={ev.byMode.filter((x) => x.failures > 0).map((x) => ({ mode: SHORT_MODES[x.mode] ?? x.mode, failures: x.failures, flagged: x.flagged, named: x.namedCorrectly }))}
              series={[
                { key: "failures", name: "Failures", role: "actual" },
                { key: "flagged", name: "Flagged", role: "model" },
                { key: "named", name: "Mode named right", color: "#0f8a7e" },
              ]}
              valueFormat="integer"
              height={260}
              testId="failure-modes"
            />
          </Card>
          <Card title="What drives the risk" subtitle="Share of the trees' split gain per feature">
            <BarChart label="Feature importance" categoryKey="feature" data={drivers} series={[{ key: "share", name: "Share of gain", role: "model" }]} horizontal showValues valueFormat={{ kind: "percent", digits: 0 }} height={280} testId="drivers" />
          </Card>
          <Card title="Is the probability honest?" subtitle={`Predicted probability against the observed failure rate (bins of at least ${MIN_BIN} readings)`}>
            <ReliabilityDiagram
              series={[
                { name: "Gradient boosting (calibrated)", role: "model", bins: ev.reliability.filter((r) => r.count >= MIN_BIN).map((r) => ({ meanPredicted: r.meanPredicted, fractionPositive: r.observed, count: r.count })) },
                { name: "Logistic regression", role: "baseline", bins: (ev.baselineReliability ?? []).filter((r) => r.count >= MIN_BIN).map((r) => ({ meanPredicted: r.meanPredicted, fractionPositive: r.observed, count: r.count })) },
              ]}
              height={280}
              testId="reliability"
            />
          </Card>
        </Grid>
      </Section>

      <Section title="Highest-risk readings" description={`${flagged.length} of ${scores.length} held-out readings are flagged. Likely mode is the model's; the outcome is what happened.`}>
        <Card padding="flush">
          <SortableTable
            testId="risky-readings"
            rowKey="udi"
            maxRows={15}
            initialSort={{ key: "probability", direction: "desc" }}
            columns={[
              { key: "udi", header: "UDI" },
              { key: "type", header: "Type" },
              { key: "probability", header: "Failure probability", format: { kind: "percent", digits: 1 } },
              { key: "likely", header: "Likely mode" },
              { key: "outcome", header: "Outcome", tones: { "No failure": "good" } },
              { key: "torqueNm", header: "Torque (Nm)", format: { kind: "number", digits: 1 } },
              { key: "rpm", header: "Speed (rpm)", format: "integer" },
              { key: "toolWearMin", header: "Tool wear (min)", format: "integer" },
              { key: "dT", header: "ΔT (K)", format: { kind: "number", digits: 1 } },
            ]}
            rows={scores.slice(0, 60).map((s) => ({
              udi: String(s.udi),
              type: s.productType,
              probability: s.probability,
              likely: s.likelyMode ? modeName(s.likelyMode) : "—",
              outcome: s.machineFailure ? (s.trueModes ? s.trueModes.split(",").map(modeName).join(" + ") : "Failure, no mode") : "No failure",
              torqueNm: s.torqueNm,
              rpm: s.rpm,
              toolWearMin: s.toolWearMin,
              dT: s.processK - s.airK,
            }))}
          />
        </Card>
      </Section>

      <Section title="Score a reading" description="Try the model on a reading of your own (POST /api/failure-risk does the same for many).">
        <Card>
          <FailureScorer />
        </Card>
      </Section>
    </>
  );
}
