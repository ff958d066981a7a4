// The app's card for the portal (GET /api/summary): live figures from the latest run in the store and the model's
// headline accuracy against seasonal naive on the same held-out window (the last 28 history days, never trained on).
import { provenanceSchema } from "@verticals/core";
import type { VerticalSummary } from "@verticals/ui/summary";
import { z } from "zod";
import type { Store } from "../store/client";
import { latestRun } from "../store/queries";

export const DEMAND_PURPOSE =
  "Forecasts how many units each item will sell in each store over the next 28 days, with honest ranges, and turns them into replenishment orders at a chosen service level.";

/** The parts of a run's saved evaluation the summary reads (the whole report is in `SavedEvaluation`). */
const headlineSchema = z.object({
  calibration: z.object({
    firstDate: z.string(),
    lastDate: z.string(),
    model: z.object({ weighted_rmsse: z.number() }),
    baselines: z.object({ seasonal_naive: z.object({ weighted_rmsse: z.number() }) }),
  }),
});

const cardProvenanceSchema = z.object({ data: z.object({ provenance: provenanceSchema }) });

/** Null when the store holds no run yet (nothing trained and seeded). */
export async function demandSummary(store: Store): Promise<VerticalSummary | null> {
  const run = await latestRun(store);
  if (!run) return null;
  const parsed = headlineSchema.safeParse(JSON.parse(run.metricsJson));
  if (!parsed.success) throw new Error(`run ${run.id} (${run.modelVersion}): its stored metrics have no held-out accuracy (${parsed.error.issues[0]?.message ?? "invalid"}); re-run the seed`);
  const { calibration } = parsed.data;

  const [forecasts, orders] = await Promise.all([
    store.forecast.findMany({ where: { runId: run.id, kind: "forecast" }, select: { seriesId: true, mean: true } }),
    store.order.findMany({ where: { runId: run.id }, select: { orderQuantity: true, stockoutRisk: true, stockoutRiskWithoutOrder: true, serviceLevel: true, leadTimeDays: true } }),
  ]);
  const seriesCount = new Set(forecasts.map((f) => f.seriesId)).size;
  const units = forecasts.reduce((sum, f) => sum + f.mean, 0);
  const toPlace = orders.filter((o) => o.orderQuantity > 0);
  const unitsToOrder = toPlace.reduce((sum, o) => sum + o.orderQuantity, 0);
  const mean = (values: number[]) => (values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null);
  const riskWithout = mean(orders.map((o) => o.stockoutRiskWithoutOrder));
  const riskAfter = mean(orders.map((o) => o.stockoutRisk));
  const policy = orders[0];

  // The card carries citation and licence for real data; a card from an older run may lack them.
  const card = cardProvenanceSchema.safeParse(JSON.parse(run.cardJson));
  const provenance = card.success ? card.data.data.provenance : undefined;
  const updatedAt = new Date(Math.max(run.createdAt.getTime(), (await store.upload.findFirst({ orderBy: { createdAt: "desc" }, select: { createdAt: true } }))?.createdAt.getTime() ?? 0));

  return {
    app: "demand",
    purpose: DEMAND_PURPOSE,
    kpis: [
      { label: "Series forecast", value: seriesCount, format: "integer", caption: `item x store, ${run.horizon} days from ${run.forecastStart}` },
      { label: "Units expected, next 28 days", value: Math.round(units), format: "integer", caption: "sum of the item x store forecasts" },
      {
        label: "Orders to place",
        value: toPlace.length,
        format: "integer",
        caption: policy ? `${unitsToOrder.toLocaleString("en-US")} units · ${(policy.serviceLevel * 100).toFixed(1)}% service · lead time ${policy.leadTimeDays} d` : "no order lines yet",
      },
      {
        label: "Stock-out risk without ordering",
        value: riskWithout,
        format: "percent",
        caption: riskAfter === null ? "no order lines yet" : `mean over lines; ${(riskAfter * 100).toFixed(1)}% after the orders`,
      },
    ],
    quality: {
      metric: "weighted RMSSE",
      model: calibration.model.weighted_rmsse,
      baseline: calibration.baselines.seasonal_naive.weighted_rmsse,
      baselineName: "seasonal naive",
      higherIsBetter: false,
      split: `last 28 history days, held out from training (${calibration.firstDate} to ${calibration.lastDate})`,
    },
    provenance: {
      kind: run.dataKind === "real" ? "real" : "synthetic",
      dataset: provenance?.name ?? run.dataName,
      ...(provenance?.citation ? { citation: provenance.citation } : {}),
      ...(provenance?.licence ? { licence: provenance.licence } : {}),
    },
    backend: run.backend,
    modelVersion: run.modelVersion,
    updatedAt: updatedAt.toISOString(),
  };
}
