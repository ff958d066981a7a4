import Link from "next/link";
import type { auditTrail } from "../src/store/queries";
import { clock, detailsText } from "./format";

type AuditEvent = Awaited<ReturnType<typeof auditTrail>>[number];

/** The audit trail as a table: the whole trail (with a study column) or one study's events (without). */
export function AuditTable({ events, showStudy, testId }: { events: AuditEvent[]; showStudy: boolean; testId: string }) {
  return (
    <table className="vx-table" data-testid={testId}>
      <thead>
        <tr>
          <th className="vx-table__th vx-align-left">When</th>
          <th className="vx-table__th vx-align-left">Who</th>
          <th className="vx-table__th vx-align-left">What</th>
          {showStudy && <th className="vx-table__th vx-align-left">Study</th>}
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
            {showStudy && <td className="vx-table__td">{event.studyId ? <Link href={`/studies/${event.studyId}`}>#{event.studyId}</Link> : "–"}</td>}
            <td className="vx-table__td triage-code triage-nowrap">{event.modelVersion ?? "–"}</td>
            <td className="vx-table__td triage-details">{detailsText(event.detailsJson)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
