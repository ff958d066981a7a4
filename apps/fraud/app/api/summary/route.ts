// GET /api/summary: the portal's card for this app (VerticalSummary, @verticals/ui/summary); 503 before any model.
import { verticalSummarySchema } from "@verticals/ui/summary";
import { buildSummary } from "../../../src/dashboard/summary";
import { jsonError } from "../../../src/scoring/http";
import { ModelUnavailableError, getScoringService, getStoreService } from "../../../src/scoring/service";
import { liveKpis } from "../../../src/store/kpis";
import { latestRun } from "../../../src/store/runs";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(): Promise<Response> {
  const { store } = await getStoreService();
  let run = await latestRun(store);
  if (!run) {
    // A trained model not yet seeded: loading it records its run.
    try {
      await getScoringService();
    } catch (error) {
      if (error instanceof ModelUnavailableError) return jsonError(503, "model_unavailable", error.message);
      throw error;
    }
    run = await latestRun(store);
    if (!run) return jsonError(503, "model_unavailable", "no model run recorded in the store");
  }
  const [kpis, last] = await Promise.all([liveKpis(store, run.costReview), store.scoredTransaction.findFirst({ orderBy: { scoredAt: "desc" }, select: { scoredAt: true } })]);
  // Validated on the way out so a drift from the contract fails loudly here, not in the portal.
  const summary = verticalSummarySchema.parse(buildSummary(run, kpis, last?.scoredAt ?? null));
  return Response.json(summary, { headers: { "cache-control": "no-store" } });
}
