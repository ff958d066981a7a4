// The portal's card for triage (VerticalSummary from @verticals/ui/summary): live worklist figures from the
// store and the deployed CNN's held-out ROC-AUC against the pixel baseline on the same split.
import { verticalSummarySchema, type VerticalSummary } from "@verticals/ui/summary";
import type { DeployedModel } from "./dashboard";
import type { Store } from "../store/client";
import { worklist } from "../store/queries";

export const PURPOSE = "Orders a radiologist's chest X-ray worklist so likely pneumonia is read first, with a heatmap of where the model looked (a demonstration, not a medical device).";

export async function buildSummary(store: Store, model: DeployedModel, readingTargetMinutes: number, now = new Date()): Promise<VerticalSummary> {
  const [waiting, read, predictions, flagged, lastEvent] = await Promise.all([
    worklist(store, readingTargetMinutes, now),
    store.decision.count(),
    store.prediction.count({ where: { modelVersion: model.version } }),
    store.prediction.count({ where: { modelVersion: model.version, flagged: true } }),
    store.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { at: true } }),
  ]);
  const urgent = waiting.filter((entry) => entry.tier === "urgent").length;
  const cnn = model.reports.cnn!;
  const baseline = model.reports.baseline!;
  const provenance = model.card.data.provenance;
  const backend = model.card.backend;
  return verticalSummarySchema.parse({
    app: "triage",
    purpose: PURPOSE,
    kpis: [
      { label: "Urgent studies waiting", value: urgent, format: "integer", caption: `flagged and not yet read, of ${waiting.length} waiting` },
      { label: "Studies read", value: read, format: "integer", caption: "radiologist decisions recorded" },
      { label: "Flagged rate", value: predictions > 0 ? flagged / predictions : null, format: "percent", caption: `of ${predictions} studies scored by ${model.version}` },
    ],
    quality: { metric: "ROC-AUC", model: cnn.auc, baseline: baseline.auc, baselineName: "Logistic regression on pixels", higherIsBetter: true, split: model.evaluation?.split ?? String(model.card.extra?.reportSplit ?? "val") },
    provenance: {
      kind: provenance.kind,
      dataset: provenance.name,
      ...(provenance.citation ? { citation: provenance.citation } : {}),
      ...(provenance.licence ? { licence: provenance.licence } : {}),
    },
    backend: `tfjs · ${backend.name}${backend.name === "wasm" ? (backend.simd ? " (SIMD)" : " (no SIMD)") : ""}`,
    modelVersion: model.version,
    updatedAt: (lastEvent?.at ?? new Date(model.card.createdAt)).toISOString(),
  });
}
