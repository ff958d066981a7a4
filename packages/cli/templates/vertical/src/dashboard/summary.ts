// GET /api/summary's body: the headline the suite's portal shows on this app's card (contract in
// @verticals/ui/summary). Live figures come from the store, quality from the deployed run's test report.
import type { VerticalSummary } from "@verticals/ui/summary";
import { BASELINE_NAME } from "../pipeline/card";
import type { LiveKpis } from "../store/kpis";
import type { StoredRun } from "../store/runs";

export const PURPOSE = "Scores each __TITLE__ record with a small neural network so people see the likely positives first, measured against a logistic-regression baseline.";

const orNull = (value: number): number | null => (Number.isFinite(value) ? value : null);

export function buildSummary(run: StoredRun, kpis: LiveKpis): VerticalSummary {
  const provenance = run.card.data.provenance;
  const updated = kpis.lastScoredAt && kpis.lastScoredAt > run.recordedAt ? kpis.lastScoredAt : run.recordedAt;
  return {
    app: "__NAME__",
    purpose: PURPOSE,
    kpis: [
      { label: "Records scored", value: kpis.scored, format: "integer", caption: `${kpis.labelled.toLocaleString("en-US")} with a known outcome` },
      { label: "Flagged", value: kpis.flagged, format: "integer", caption: `probability ≥ ${run.threshold}` },
      { label: "Flag rate", value: orNull(kpis.flagRate), format: "percent" },
      { label: "Precision of flags", value: orNull(kpis.precision), format: "percent", caption: "flagged records that were positive" },
    ],
    quality: {
      metric: "ROC-AUC",
      model: run.metrics.model.auc ?? Number.NaN,
      baseline: run.metrics.baseline.auc ?? Number.NaN,
      baselineName: BASELINE_NAME,
      higherIsBetter: true,
      split: `${run.card.data.rows.test.toLocaleString("en-US")} held-out test records (${run.card.data.split})`,
    },
    provenance: {
      kind: provenance.kind,
      dataset: provenance.name,
      ...(provenance.citation ? { citation: provenance.citation } : {}),
      ...(provenance.licence ? { licence: provenance.licence } : {}),
    },
    backend: run.backend,
    modelVersion: run.modelVersion,
    updatedAt: updated.toISOString(),
  };
}
