import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, HeatmapOverlay, PageHeader, Section } from "@verticals/ui";
import { parseRecordId } from "@verticals/ui/http";
import { env, getStore } from "../../../src/server/runtime";
import { auditTrail, studyDetail } from "../../../src/store/queries";
import { similarCases } from "../../../src/server/similar";
import { clock, probabilityText } from "../../format";
import { AuditTable } from "../../AuditTable";
import { DecisionForm } from "./DecisionForm";
import type { DeidReport } from "../../../src/imaging/deidentify";

export const dynamic = "force-dynamic";

export default async function StudyPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseRecordId((await params).id);
  if (id === null) notFound();
  const store = await getStore();
  const study = await studyDetail(store, id);
  if (!study) notFound();
  const [events, similar] = await Promise.all([auditTrail(store, { studyId: study.id }), similarCases(store, study.id)]);
  const prediction = study.predictions[0];
  const heat = prediction?.heatmap;
  const latest = study.decisions[0];
  const deid = study.deidReportJson ? (JSON.parse(study.deidReportJson) as DeidReport) : undefined;
  const heatValues = heat ? (JSON.parse(heat.valuesJson) as number[]) : undefined;
  const heatEmpty = heatValues ? heatValues.every((v) => v === 0) : true;

  return (
    <>
      <PageHeader
        eyebrow={<Link href="/">← Worklist</Link>}
        title={`Study ${study.accession}`}
        description={`${study.source === "upload" ? `Uploaded ${study.format.toUpperCase()} (${study.originalWidth}×${study.originalHeight})` : "Held-out dataset image (28×28)"} · arrived ${clock(study.arrivedAt)}`}
      />
      <div className="triage-case">
        <Card title="Image and heatmap" subtitle={heat ? `${heat.method === "grad-cam" ? "Grad-CAM" : "Integrated gradients"}: regions that raised the pneumonia score` : undefined}>
          <HeatmapOverlay
            image={{ width: study.previewWidth, height: study.previewHeight, data: Array.from(study.preview) }}
            heat={heat && heatValues ? { width: heat.width, height: heat.height, data: heatValues } : { width: 1, height: 1, data: [0] }}
            domain={[0, 1]}
            size={360}
            smoothHeat
            label={`Chest X-ray ${study.accession} with the regions that drove its pneumonia score`}
            heatLabel="Contribution to the pneumonia score"
            testId="case-heatmap"
          />
          {heatEmpty ? <p className="triage-sub">No region raised the pneumonia score: the heatmap is empty for this study.</p> : null}
        </Card>
        <div className="triage-stack">
          <Card title="Model">
            {prediction ? (
              <>
                <div className="triage-big" data-testid="case-probability">{probabilityText(prediction.probability)}</div>
                <p className="triage-sub">calibrated probability of pneumonia</p>
                <dl className="triage-facts">
                  <dt>Flag</dt>
                  <dd>
                    <span className={`vx-pill vx-pill--${prediction.flagged ? "bad" : "neutral"}`} data-testid="case-flag">
                      {prediction.flagged ? "Flagged: likely pneumonia" : "Not flagged"}
                    </span>
                  </dd>
                  <dt>Threshold</dt>
                  <dd className="vx-mono">{prediction.threshold.toFixed(3)}</dd>
                  <dt>Model version</dt>
                  <dd className="triage-code">{prediction.modelVersion}</dd>
                  {study.groundTruth !== null ? (
                    <>
                      <dt>Dataset label</dt>
                      <dd>{study.groundTruth === 1 ? "pneumonia" : "normal"} (held out; shown for the demonstration)</dd>
                    </>
                  ) : null}
                </dl>
              </>
            ) : (
              <p>No prediction.</p>
            )}
          </Card>
          <Card title={latest ? "Decision recorded" : "Your decision"} subtitle={latest ? `Latest: ${latest.finding} by ${latest.reader}, ${clock(latest.createdAt)} (${latest.action === "confirm" ? "confirmed the model" : "overrode the model"})` : "Confirm the model's flag or override it"}>
            {prediction ? <DecisionForm studyId={study.id} flagged={prediction.flagged} defaultReader={env().defaultReader} /> : null}
          </Card>
        </div>
      </div>

      <Section
        title="Similar confirmed cases"
        description="The nearest cases with a known finding in the pretrained backbone's embedding space (MobileNetV2, ImageNet features): labelled reference images and studies already read here. Precedent to compare with, not evidence."
      >
        <Card>
          {similar.status === "ready" ? (
            <>
              <ul className="triage-similar" data-testid="similar-cases">
                {similar.cases.map((c) => (
                  <li key={`${c.kind}-${c.id}`} className="triage-similar__item" data-testid="similar-case" data-kind={c.kind} data-finding={c.finding}>
                    <img className="triage-similar__img" src={c.thumbnail} alt={`Similar case: ${c.finding}`} width={96} height={96} />
                    <span className={`vx-pill vx-pill--${c.finding === "pneumonia" ? "bad" : "neutral"}`}>{c.finding}</span>
                    <span className="triage-sub">similarity {c.similarity.toFixed(3)}</span>
                    {c.decision && c.href ? (
                      <Link href={c.href} className="triage-sub">
                        {c.decision.accession}: {c.decision.action === "confirm" ? "confirmed" : "overrode"} by {c.decision.reader}
                      </Link>
                    ) : (
                      <span className="triage-sub">reference image (dataset label)</span>
                    )}
                  </li>
                ))}
              </ul>
              <p className="triage-sub">Searched {similar.searched} confirmed cases (exact cosine similarity).</p>
            </>
          ) : (
            <p className="triage-prose" data-testid="similar-unavailable">
              {similar.message}
            </p>
          )}
        </Card>
      </Section>

      <Section title="Audit trail" description="Every event on this study: who, when, and with which model version.">
        <Card padding="flush">
          <AuditTable events={events} showStudy={false} testId="case-audit" />
        </Card>
      </Section>

      {deid ? (
        <Section title="De-identification" description={`${deid.profile}. Values are never shown or logged; only what was done to which attribute.`}>
          <Card>
            <p className="triage-prose" data-testid="deid-summary">
              {deid.counts.removed} attributes removed, {deid.counts.emptied} emptied, {deid.counts.uidsReplaced} UIDs replaced with pseudonyms, {deid.counts.privateRemoved} private attributes removed.{" "}
              <a href={`/api/studies/${study.id}/dicom`}>Download the de-identified DICOM</a>
            </p>
            <details>
              <summary>All {deid.changes.length} changes</summary>
              <ul className="triage-code">
                {deid.changes.map((c, i) => (
                  <li key={i}>
                    {c.tag} {c.name}: {c.action}
                  </li>
                ))}
              </ul>
            </details>
          </Card>
        </Section>
      ) : null}
    </>
  );
}
