import Link from "next/link";
import { Card, EmptyState, Grid, KpiCard, KpiGrid, PageHeader, Section } from "@verticals/ui";
import { deployedModel } from "../src/server/dashboard";
import { env, getStore } from "../src/server/runtime";
import { formatReadingTarget, rankingRule } from "../src/store/ranking";
import { recentlyReported, worklist } from "../src/store/queries";
import { UploadForm } from "./UploadForm";
import { clock, percent, probabilityText, TIER_LABEL, TIER_TONE, waiting } from "./format";

export const dynamic = "force-dynamic";

export default async function WorklistPage() {
  const store = await getStore();
  const [entries, reported, model] = await Promise.all([worklist(store, env().readingTargetMinutes), recentlyReported(store, 6), deployedModel()]);
  const urgent = entries.filter((e) => e.tier === "urgent").length;
  const overdue = entries.filter((e) => e.tier === "overdue").length;
  const waits = entries.map((e) => e.waitingMinutes).sort((a, b) => a - b);
  const medianWait = waits.length ? waits[Math.floor(waits.length / 2)]! : Number.NaN;
  const maxMb = Math.round(env().maxUploadBytes / (1024 * 1024));

  return (
    <>
      <PageHeader
        eyebrow="Reading worklist"
        title="Chest X-rays waiting to be read"
        description="The model scores every incoming frontal chest X-ray for pneumonia and moves likely cases to the top. Open a case to see where the model looked and record your finding."
      />
      <KpiGrid label="Worklist figures">
        <KpiCard label="Waiting to be read" value={entries.length} format="integer" testId="kpi-pending" />
        <KpiCard label="Flagged urgent" value={urgent} format="integer" tone={urgent > 0 ? "bad" : "neutral"} caption={model ? `Probability ≥ ${model.threshold.toFixed(3)} (${percent(model.targetSensitivity, 0)} target sensitivity)` : undefined} testId="kpi-urgent" />
        <KpiCard label={`Overdue (> ${formatReadingTarget(env().readingTargetMinutes)})`} value={overdue} format="integer" tone={overdue > 0 ? "warn" : "neutral"} caption="Unflagged studies past the reading target" testId="kpi-overdue" />
        <KpiCard label="Median wait" value={Number.isFinite(medianWait) ? waiting(medianWait) : "–"} caption="Since arrival" testId="kpi-wait" />
      </KpiGrid>

      <Grid template="minmax(0, 1.3fr) minmax(0, 1fr)">
        <Card title="Add a study" subtitle="Scored in well under a second; DICOM is de-identified before anything is stored">
          <UploadForm maxMegabytes={maxMb} />
        </Card>
        <Card title="Recently reported" subtitle="Latest decisions (confirmed or overridden)">
          {reported.length === 0 ? (
            <p className="triage-sub">No decisions yet.</p>
          ) : (
            <ul className="triage-reported" data-testid="reported">
              {reported.map((d) => (
                <li key={d.id}>
                  <Link href={`/studies/${d.study.id}`}>{d.study.accession}</Link>{" "}
                  <span className={`vx-pill vx-pill--${d.action === "confirm" ? "good" : "warn"}`}>{d.action === "confirm" ? "confirmed" : "overridden"}</span>{" "}
                  <span className="triage-sub">
                    {d.finding} · {d.reader} · {clock(d.createdAt)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </Grid>

      <Section title="Worklist" description={rankingRule(env().readingTargetMinutes)}>
        <Card padding="flush">
          {entries.length === 0 ? (
            <EmptyState
              title={model ? "Nothing waiting" : "No trained model yet"}
              description={model ? "Upload a study, or load held-out dataset images into the store:" : "Train the model and fill the store, then reload:"}
              command={model ? "pnpm verticals demo" : "pnpm verticals train triage && pnpm verticals demo"}
            />
          ) : (
            <div className="vx-table-wrap">
              <table className="vx-table triage-worklist" data-testid="worklist">
                <thead>
                  <tr>
                    <th className="vx-table__th vx-align-right">#</th>
                    <th className="vx-table__th vx-align-left">Image · heatmap</th>
                    <th className="vx-table__th vx-align-left">Study</th>
                    <th className="vx-table__th vx-align-left">Source</th>
                    <th className="vx-table__th vx-align-left">Priority</th>
                    <th className="vx-table__th vx-align-right">Pneumonia probability</th>
                    <th className="vx-table__th vx-align-left">Arrived</th>
                    <th className="vx-table__th vx-align-right">Waiting</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((e) => (
                    <tr key={e.id} data-testid="worklist-row" data-accession={e.accession} data-tier={e.tier}>
                      <td className="vx-table__td vx-align-right triage-rank">{e.rank}</td>
                      <td className="vx-table__td">
                        <Link href={`/studies/${e.id}`} aria-label={`Open ${e.accession}`}>
                          <img className="triage-thumb" src={`/api/studies/${e.id}/image?heat=1&size=112`} width={56} height={56} alt={`${e.accession} with its heatmap`} />
                        </Link>
                      </td>
                      <td className="vx-table__td triage-nowrap">
                        <Link className="vx-table__link" href={`/studies/${e.id}`}>
                          {e.accession}
                        </Link>
                      </td>
                      <td className="vx-table__td triage-sub triage-nowrap">{e.source === "upload" ? `Upload (${e.format.toUpperCase()})` : "Held-out dataset image"}</td>
                      <td className="vx-table__td">
                        <span className={`vx-pill vx-pill--${TIER_TONE[e.tier]}`}>{TIER_LABEL[e.tier]}</span>
                      </td>
                      <td className="vx-table__td vx-align-right">
                        <div className="triage-prob">
                          <span className="triage-prob__bar" aria-hidden="true">
                            <span className={`triage-prob__fill${e.flagged ? " triage-prob__fill--flagged" : ""}`} style={{ width: `${Math.max(2, e.probability * 100)}%` }} />
                          </span>
                          <span className="vx-mono">{probabilityText(e.probability)}</span>
                        </div>
                      </td>
                      <td className="vx-table__td triage-sub triage-nowrap" title={e.arrivedAt.toISOString()}>
                        {clock(e.arrivedAt)}
                      </td>
                      <td className="vx-table__td vx-align-right triage-nowrap">{waiting(e.waitingMinutes)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
      </Section>
    </>
  );
}
