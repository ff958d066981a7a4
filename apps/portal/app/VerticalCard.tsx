import { BackendBadge, formatDate, KpiCard, ProvenanceBadge } from "@verticals/ui";
import type { VerticalSummary } from "@verticals/ui/summary";
import { shortBackend } from "../src/verticals/backend-text";
import { problemText, type SummaryResult } from "../src/verticals/fetch-summary";
import type { Vertical } from "../src/verticals/vertical";
import { QualityBars } from "./QualityBars";

/** One vertical: what it does, how it is doing right now, how good its model is, and where the data comes from. */
export function VerticalCard({ vertical, result }: { vertical: Vertical; result: SummaryResult }) {
  const live = result.status === "ok";
  return (
    <article className={`portal-card${live ? "" : " portal-card--off"}`} data-testid="vertical-card" data-vertical={vertical.name} data-status={result.status} aria-labelledby={`card-${vertical.name}-title`}>
      <header className="portal-card__header">
        <div>
          <div className="vx-eyebrow portal-card__industry">{vertical.industry}</div>
          <h2 className="portal-card__title" id={`card-${vertical.name}-title`}>
            {vertical.title}
          </h2>
        </div>
        <span className={`vx-pill vx-pill--${live ? "good" : "bad"}`} data-testid="card-status">
          {live ? "Live" : problemText(result).title}
        </span>
      </header>
      <p className="portal-card__purpose" data-testid="card-purpose">
        {live ? result.summary.purpose : vertical.summary}
      </p>
      {live ? <LiveBody summary={result.summary} /> : <ProblemBody vertical={vertical} result={result} />}
      <footer className="portal-card__footer">
        <a className="vx-button portal-card__open" href={vertical.url} data-testid="card-link">
          Open {vertical.title} →
        </a>
      </footer>
    </article>
  );
}

function LiveBody({ summary }: { summary: VerticalSummary }) {
  const { provenance } = summary;
  return (
    <>
      <div className={`portal-card__kpis portal-card__kpis--${summary.kpis.length === 3 ? 3 : 2}`} role="group" aria-label="Live figures">
        {summary.kpis.map((kpi) => (
          <KpiCard key={kpi.label} label={kpi.label} value={kpi.value} format={kpi.format === "money" && kpi.currency ? { kind: "money", currency: kpi.currency } : kpi.format} caption={kpi.caption} testId="card-kpi" />
        ))}
      </div>
      <QualityBars quality={summary.quality} />
      <div className="portal-card__trust">
        {provenance.kind === "real" ? (
          <ProvenanceBadge kind="real" dataset={provenance.dataset} citation={provenance.citation} licence={provenance.licence} />
        ) : (
          <ProvenanceBadge kind="synthetic" dataset={provenance.dataset} />
        )}
        <BackendBadge backend={shortBackend(summary.backend)} title={`Compute backend that trained and serves the model: ${summary.backend}`} />
      </div>
      <p className="portal-card__meta" data-testid="card-meta">
        Model <span className="vx-mono">{summary.modelVersion}</span> · updated {formatDate(summary.updatedAt)}
      </p>
    </>
  );
}

function ProblemBody({ vertical, result }: { vertical: Vertical; result: Exclude<SummaryResult, { status: "ok" }> }) {
  const { title, detail } = problemText(result);
  return (
    <div className="portal-card__problem" role="status" data-testid="card-problem">
      <span className="portal-card__problem-icon" aria-hidden="true">
        !
      </span>
      <div>
        <strong>{title}</strong>
        <div className="portal-card__problem-detail">{detail}</div>
        <div className="portal-card__problem-url vx-mono">{vertical.url}</div>
      </div>
    </div>
  );
}
