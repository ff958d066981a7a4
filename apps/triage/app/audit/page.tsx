import Link from "next/link";
import { Card, PageHeader } from "@verticals/ui";
import { getStore } from "../../src/server/runtime";
import { auditTrail } from "../../src/store/queries";
import { clock, detailsText } from "../format";

export const dynamic = "force-dynamic";

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ show?: string }> }) {
  const decisionsOnly = (await searchParams).show === "decisions";
  const store = await getStore();
  const events = (await auditTrail(store, { take: decisionsOnly ? 1000 : 150 })).filter((e) => !decisionsOnly || e.action.startsWith("decision."));
  return (
    <>
      <PageHeader eyebrow="Audit trail" title="Who did what, when, with which model" description="Append-only: studies received and de-identified, predictions, and every confirmation or override."
        actions={
          <div className="triage-tabs">
            <Link className={decisionsOnly ? "vx-button" : "vx-button triage-primary"} href="/audit">
              Latest 150 events
            </Link>
            <Link className={decisionsOnly ? "vx-button triage-primary" : "vx-button"} href="/audit?show=decisions">
              Decisions only
            </Link>
          </div>
        }
      />
      <Card padding="flush">
        <table className="vx-table" data-testid="audit">
          <thead>
            <tr>
              <th className="vx-table__th vx-align-left">When</th>
              <th className="vx-table__th vx-align-left">Who</th>
              <th className="vx-table__th vx-align-left">What</th>
              <th className="vx-table__th vx-align-left">Study</th>
              <th className="vx-table__th vx-align-left">Model version</th>
              <th className="vx-table__th vx-align-left">Details</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id} data-testid="audit-row" data-action={event.action}>
                <td className="vx-table__td triage-sub triage-nowrap">{clock(event.at)}</td>
                <td className="vx-table__td triage-nowrap">{event.actor}</td>
                <td className="vx-table__td triage-nowrap">{event.action}</td>
                <td className="vx-table__td">{event.studyId ? <Link href={`/studies/${event.studyId}`}>#{event.studyId}</Link> : "–"}</td>
                <td className="vx-table__td triage-code triage-nowrap">{event.modelVersion ?? "–"}</td>
                <td className="vx-table__td triage-details">{detailsText(event.detailsJson)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </>
  );
}
