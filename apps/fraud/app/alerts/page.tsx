import Link from "next/link";
import { Card, PageHeader, SortableTable } from "@verticals/ui";
import { getStoreService } from "../../src/scoring/service";
import { countAlerts, listAlerts, type QueueFilter } from "../../src/store/alerts";
import { DECISION_LABELS } from "../../src/dashboard/format";

export const dynamic = "force-dynamic";

const FILTERS: Array<{ key: QueueFilter; label: string }> = [
  { key: "open", label: "Open" },
  { key: "reviewed", label: "Reviewed" },
  { key: "all", label: "All" },
];

export default async function AlertsPage({ searchParams }: { searchParams: Promise<{ filter?: string }> }) {
  const requested = (await searchParams).filter;
  const filter: QueueFilter = FILTERS.some((f) => f.key === requested) ? (requested as QueueFilter) : "open";
  const { store } = await getStoreService();
  const [alerts, counts] = await Promise.all([listAlerts(store, { filter, limit: 500 }), countAlerts(store)]);
  const rows = alerts.map((a) => ({
    id: a.id,
    risk: a.probability * 100,
    decision: DECISION_LABELS[a.decision],
    amount: a.amount,
    factor: a.topFactor ?? "—",
    status: a.review ? (a.review.label === "fraud" ? "fraud" : "legitimate") : "open",
    scored: a.createdAt.toISOString(),
  }));
  return (
    <>
      <PageHeader
        eyebrow="Review queue"
        title="Alerts by risk"
        description="Highest fraud probability first. Open an alert to see why it was raised and record your verdict; verdicts feed the dashboard's live precision and the labelled export for the next training."
        actions={
          <a className="fraud-button fraud-button--secondary" href="/api/export" data-testid="export">
            Export {counts.reviewed} verdicts (CSV)
          </a>
        }
      />
      <nav className="fraud-tabs" aria-label="Filter alerts">
        {FILTERS.map((f) => (
          <Link key={f.key} href={`/alerts?filter=${f.key}`} className={`fraud-tab ${f.key === filter ? "fraud-tab--on" : ""}`} aria-current={f.key === filter ? "page" : undefined}>
            {f.label} {f.key === "open" ? counts.open : f.key === "reviewed" ? counts.reviewed : counts.open + counts.reviewed}
          </Link>
        ))}
      </nav>
      <Card padding="flush">
        <SortableTable
          columns={[
            { key: "id", header: "Alert", format: { kind: "integer" } },
            { key: "risk", header: "Fraud probability", format: { kind: "number", digits: 1, unit: "%" }, align: "right" },
            { key: "decision", header: "Decision", tones: { Blocked: "bad", Review: "warn" } },
            { key: "amount", header: "Amount", format: { kind: "money", currency: "EUR" }, align: "right" },
            { key: "factor", header: "Main reason", help: "The field that pushed the probability up the most" },
            { key: "status", header: "Status", tones: { open: "neutral", fraud: "bad", legitimate: "good" } },
            { key: "scored", header: "Raised", format: "date" },
          ]}
          rows={rows}
          rowKey="id"
          rowHref="/alerts/{id}"
          initialSort={{ key: "risk", direction: "desc" }}
          empty={filter === "open" ? "No open alerts: every alert has a verdict." : "Nothing here yet."}
          testId="queue"
        />
      </Card>
    </>
  );
}
