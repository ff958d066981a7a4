import Link from "next/link";
import { Card, PageHeader } from "@verticals/ui";
import { getStore } from "../../src/server/runtime";
import { auditTrail } from "../../src/store/queries";
import { AuditTable } from "../AuditTable";

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
        <AuditTable events={events} showStudy testId="audit" />
      </Card>
    </>
  );
}
