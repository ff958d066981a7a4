import Link from "next/link";
import { Card, CurveChart, Grid, PageHeader, Section, formatDate } from "@verticals/ui";
import { overviewData } from "../src/dashboard/page-data";
import { DECISION_LABELS, formatProbability, formatTransactionTime } from "../src/dashboard/format";
import { LiveKpis } from "./_components/LiveKpis";
import { NoModel } from "./_components/NoModel";
import { ReplayControl } from "./_components/ReplayControl";
import { ThresholdExplorer } from "./_components/ThresholdExplorer";

export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const { run, kpis, topAlerts, counts } = await overviewData();
  if (!run) return <NoModel />;
  const report = run.evaluation;
  const m = report.model;
  const b = report.baseline;
  const prevalence = report.frauds / report.rows;
  const fpr = m.false_positive_rate;
  return (
    <>
      <PageHeader
        eyebrow={`Model ${run.version} · trained ${formatDate(run.trainedAt.toISOString())} · ${run.dataKind === "real" ? "real" : "SYNTHETIC"} data`}
        title="Card fraud at a glance"
        description={`Every transaction gets a calibrated fraud probability. From ${formatProbability(run.alertThreshold)} it goes to an analyst; from ${formatProbability(run.blockThreshold)} the card is blocked at once. The threshold minimises the expected cost: ${run.costMissedFraud} per missed fraud against ${run.costReview} per review.`}
      />
      <div className="fraud-replay-bar">
        <ReplayControl />
      </div>
      <LiveKpis initial={kpis} />

      <Section id="threshold" title="Where to set the alert threshold" description={`Measured on ${report.rows.toLocaleString("en-US")} held-back test transactions (${report.frauds} frauds) the model never trained on. Move the slider: workload, frauds caught, precision and money follow.`}>
        <Card>
          <ThresholdExplorer rows={report.thresholds} costs={report.costs} chosen={run.alertThreshold} block={run.blockThreshold} distribution={report.distribution} />
        </Card>
      </Section>

      <Section id="quality" title="How good is the model?" description="The neural network (blue) against a logistic-regression baseline (orange, dashed) trained on the same rows. Higher curves are better.">
        <Grid columns={2}>
          <Card title="Precision-recall" subtitle="Of the alerts raised, how many are fraud, at each share of frauds caught">
            <CurveChart
              kind="pr"
              curves={[
                { name: "Neural network", role: "model", points: report.pr.model, area: m.auprc },
                { name: "Logistic regression", role: "baseline", points: report.pr.baseline, area: b.auprc },
              ]}
              prevalence={prevalence}
              operatingPoint={Number.isFinite(m.precision) ? { x: m.recall, y: m.precision, label: `alert ≥ ${formatProbability(m.threshold)}` } : undefined}
              height={300}
              testId="pr"
            />
          </Card>
          <Card title="ROC" subtitle="Frauds caught against legitimate transactions flagged">
            <CurveChart
              kind="roc"
              curves={[
                { name: "Neural network", role: "model", points: report.roc.model, area: m.roc_auc },
                { name: "Logistic regression", role: "baseline", points: report.roc.baseline, area: b.roc_auc },
              ]}
              operatingPoint={{ x: fpr, y: m.recall, label: `alert ≥ ${formatProbability(m.threshold)}` }}
              height={300}
              testId="roc"
            />
          </Card>
        </Grid>
      </Section>

      <Section
        id="alerts"
        title="Highest-risk open alerts"
        description={`${counts.open.toLocaleString("en-US")} open · ${counts.reviewed.toLocaleString("en-US")} reviewed. Each alert carries the explanation computed when it was scored.`}
        actions={
          <Link className="fraud-button fraud-button--secondary" href="/alerts">
            Open the review queue →
          </Link>
        }
      >
        {topAlerts.length === 0 ? (
          <Card>
            <p className="fraud-p">No open alerts. Start the replay above, or score a file, to raise some.</p>
          </Card>
        ) : (
          <ul className="fraud-alert-list" data-testid="top-alerts">
            {topAlerts.map((alert) => (
              <li key={alert.id}>
                <Link className="fraud-alert-tile" href={`/alerts/${alert.id}`} data-testid="alert-tile">
                  <span className="fraud-alert-tile__top">
                    <span className="fraud-alert-tile__risk">{formatProbability(alert.probability)}</span>
                    <span className={`vx-pill vx-pill--${alert.decision === "block" ? "bad" : "warn"}`}>{DECISION_LABELS[alert.decision]}</span>
                  </span>
                  <span className="fraud-riskbar" aria-hidden="true">
                    <span style={{ width: `${Math.max(4, alert.probability * 100)}%` }} />
                  </span>
                  <span className="fraud-alert-tile__meta">
                    Alert #{alert.id} · €{alert.amount.toFixed(2)} · {formatTransactionTime(alert.time)}
                    {alert.topFactor ? ` · mainly ${alert.topFactor}` : ""}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
