// The app's card for the portal (GET /api/summary): live fleet figures from the store and the RUL model's
// headline quality against its constant-mean baseline, both read from the store (the seed records each
// trained model's card and evaluation as a Run), so the portal sees what the dashboard shows.
import { describeBackend, parseModelCard } from "@verticals/core";
import type { VerticalSummary } from "@verticals/ui/summary";
import { healthBand } from "../pipeline/health";
import type { Store } from "../store/client";
import { fleetRows } from "../store/queries";

const PURPOSE =
  "Predicts each engine's remaining useful life with an uncertainty band and each machine's failure risk, and plans which engines to service under crew capacity to avoid costly unplanned failures.";

interface RulRunDetail {
  card: unknown;
  evaluation: { rmse: number; engines: number; testKind: "official" | "holdout"; baselines: { mean: { rmse: number } } };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The summary, or null while the store holds no trained RUL model or no fleet (the route answers 503). */
export async function maintenanceSummary(store: Store): Promise<VerticalSummary | null> {
  const run = await store.run.findFirst({ where: { kind: "train", model: "rul" }, orderBy: { id: "desc" } });
  const plan = await store.plan.findFirst({ orderBy: { id: "desc" }, select: { createdAt: true, servicedCount: true, expectedSaving: true, horizonCycles: true } });
  if (!run || !plan) return null;
  const detail = JSON.parse(run.detailJson) as RulRunDetail;
  const card = parseModelCard(detail.card, `runs.detailJson of run ${run.id}`);
  const evaluation = detail.evaluation;

  const predicted = (await fleetRows(store)).filter((r) => r.rul !== null && r.health !== null);
  if (predicted.length === 0) return null;
  const atRisk = predicted.filter((r) => healthBand(r.health!) === "Critical").length;
  const latest = await store.prediction.findFirst({ orderBy: { id: "desc" }, select: { createdAt: true } });
  const updatedAt = new Date(Math.max(plan.createdAt.getTime(), latest?.createdAt.getTime() ?? 0, run.createdAt.getTime()));
  const provenance = card.data.provenance;

  return {
    app: "maintenance",
    purpose: PURPOSE,
    kpis: [
      { label: "Engines at risk", value: atRisk, format: "integer", caption: `Health 40 or below, of ${predicted.length} engines` },
      { label: "Median remaining life", value: median(predicted.map((r) => r.rul!)), format: "number", caption: "Cycles, predicted" },
      { label: "Planned services", value: plan.servicedCount, format: "integer", caption: `Next ${plan.horizonCycles} cycles, within crew capacity` },
      { label: "Expected cost saved", value: plan.expectedSaving, format: "money", caption: "Plan vs run to failure" },
    ],
    quality: {
      metric: "RUL RMSE (cycles)",
      model: evaluation.rmse,
      baseline: evaluation.baselines.mean.rmse,
      baselineName: "Constant mean RUL",
      higherIsBetter: false,
      split:
        evaluation.testKind === "official"
          ? `C-MAPSS FD001 official test, ${evaluation.engines} engines at their last cycle`
          : `C-MAPSS FD001 engines held out of training and cut short, ${evaluation.engines} cut points`,
    },
    provenance: {
      kind: provenance.kind,
      dataset: provenance.kind === "synthetic" ? `${provenance.name} (synthetic)` : "NASA C-MAPSS FD001",
      ...(provenance.citation ? { citation: provenance.citation } : {}),
      ...(provenance.licence ? { licence: provenance.licence } : {}),
    },
    backend: describeBackend(card.backend),
    modelVersion: run.modelVersion,
    updatedAt: updatedAt.toISOString(),
  };
}
