import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, PageHeader, formatDate } from "@verticals/ui";
import { getStoreService } from "../../../src/scoring/service";
import { parseRecordId } from "@verticals/ui/http";
import { getAlert } from "../../../src/store/alerts";
import { DECISION_LABELS, formatProbability, formatTransactionTime } from "../../../src/dashboard/format";
import { ContributionBars } from "../../_components/charts/ContributionBars";
import { ReviewForm } from "../../_components/ReviewForm";

export const dynamic = "force-dynamic";

export default async function AlertPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseRecordId((await params).id);
  if (id === null) notFound();
  const { store } = await getStoreService();
  const alert = await getAlert(store, id);
  if (!alert) notFound();
  const e = alert.explanation;
  const up = e.contributions.filter((c) => c.contribution > 0).slice(0, 3).map((c) => c.field);
  return (
    <>
      <PageHeader
        eyebrow={
          <>
            <Link href="/alerts">Review queue</Link> / Alert #{alert.id}
          </>
        }
        title={
          <span className="fraud-headline">
            <span className="fraud-headline__risk" data-testid="alert-probability">
              {formatProbability(alert.probability)}
            </span>
            <span>fraud probability</span>
            <span className={`vx-pill vx-pill--${alert.decision === "block" ? "bad" : "warn"}`}>{DECISION_LABELS[alert.decision]}</span>
          </span>
        }
        description={`€${alert.amount.toFixed(2)} at ${formatTransactionTime(alert.time)}${up.length > 0 ? `. Mostly because of ${up.join(", ")}.` : "."}`}
      />
      <div className="fraud-detail">
        <Card
          title="Why the model raised it"
          subtitle={`From ${formatProbability(e.referenceProbability)} for ${e.reference} to ${formatProbability(e.probability)} for this one: each bar is a field's share of that move.`}
        >
          <ContributionBars contributions={e.contributions} testId="explanation" />
          <p className="fraud-note">
            Integrated gradients ({e.steps} steps) computed by model {e.modelVersion} when the transaction was scored, and stored with the alert: it never changes afterwards. The bars add up to the
            probability change to within {Math.abs(e.residual * 100).toFixed(2)} points.
          </p>
        </Card>
        <div className="fraud-stack">
          <Card title="Your verdict" subtitle={alert.review ? `Reviewed ${formatDate(alert.review.reviewedAt.toISOString())}: ${alert.review.label}` : "Not reviewed yet"}>
            <ReviewForm alertId={alert.id} current={alert.review ? { label: alert.review.label, note: alert.review.note } : null} />
          </Card>
          <Card title="Transaction">
            <dl className="fraud-facts">
              <dt>Amount</dt>
              <dd>€{alert.amount.toFixed(2)}</dd>
              <dt>Time</dt>
              <dd>{formatTransactionTime(alert.time)}</dd>
              <dt>Reference</dt>
              <dd>{alert.reference ?? "—"}</dd>
              <dt>Arrived via</dt>
              <dd>{alert.source}</dd>
              <dt>Scored by</dt>
              <dd className="vx-mono">{alert.modelVersion}</dd>
              <dt>Raised</dt>
              <dd>{formatDate(alert.createdAt.toISOString())}</dd>
              {alert.knownClass !== null ? (
                <>
                  <dt>Known outcome</dt>
                  <dd>{alert.knownClass === 1 ? "fraud (label supplied with the row)" : "legitimate (label supplied with the row)"}</dd>
                </>
              ) : null}
            </dl>
          </Card>
        </div>
      </div>
    </>
  );
}
