// GET /api/summary's body: the headline the suite's portal shows on this app's card (contract in
// @verticals/ui/summary). Live figures come from the store, quality from the current model's test report.
import type { VerticalSummary } from "@verticals/ui/summary";
import type { LiveKpis } from "../store/kpis";
import type { StoredRun } from "../store/runs";
import { BASELINE_NAME } from "../pipeline/card";
import { CURRENCY } from "./format";

export const PURPOSE =
  "Scores every card transaction for fraud, sends the risky ones to analysts with an explanation, and picks the alert threshold that minimises the cost of missed frauds plus reviews.";

export function buildSummary(run: StoredRun, kpis: LiveKpis, lastScoredAt: Date | null): VerticalSummary {
  const report = run.evaluation;
  const known = kpis.caughtFrauds + kpis.missedFrauds;
  const provenance = run.card.data.provenance;
  return {
    app: "fraud",
    purpose: PURPOSE,
    kpis: [
      { label: "Transactions scored", value: kpis.transactions, format: "integer", caption: `${kpis.alerts.toLocaleString("en-US")} alerts (${kpis.openAlerts.toLocaleString("en-US")} open)` },
      { label: "Alert rate", value: Number.isFinite(kpis.alertRate) ? kpis.alertRate : null, format: "percent", caption: `${kpis.blocked.toLocaleString("en-US")} blocked outright` },
      { label: "Frauds caught", value: kpis.caughtFrauds, format: "integer", caption: known > 0 ? `of ${known.toLocaleString("en-US")} known frauds` : "no known outcomes yet" },
      {
        label: "Net money saved",
        value: Math.round(kpis.caughtAmount - kpis.reviewCost),
        format: "money",
        currency: CURRENCY,
        caption: `fraud amounts stopped minus ${Math.round(kpis.reviewCost).toLocaleString("en-US")} of review cost`,
      },
    ],
    quality: {
      metric: "AUPRC",
      model: report.model.auprc,
      baseline: report.baseline.auprc,
      baselineName: BASELINE_NAME,
      higherIsBetter: true,
      // The card's split text goes on to describe cross-fitting; the portal needs its first sentence only.
      split: `${report.rows.toLocaleString("en-US")} held-back test transactions (${report.frauds} frauds); ${run.card.data.split.split(". ")[0]}`,
    },
    provenance: {
      kind: provenance.kind,
      dataset: provenance.name,
      ...(provenance.citation ? { citation: provenance.citation } : {}),
      ...(provenance.licence ? { licence: provenance.licence } : {}),
    },
    // Short form for the portal card; the full description (with why a faster backend was not used) is on the model card.
    backend: `tfjs ${run.card.backend.tfjsVersion} · ${run.card.backend.name}${run.card.backend.name === "wasm" && run.card.backend.simd ? " (SIMD)" : ""}`,
    modelVersion: run.version,
    updatedAt: (lastScoredAt && lastScoredAt > run.recordedAt ? lastScoredAt : run.recordedAt).toISOString(),
  };
}
