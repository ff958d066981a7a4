// GET /api/summary: the portal's card for this app (VerticalSummary, @verticals/ui/summary); 503 before the
// store holds a model run (`pnpm verticals train __NAME__`, then `pnpm seed`).
import { verticalSummarySchema } from "@verticals/ui/summary";
import { buildSummary } from "../../../src/dashboard/summary";
import { getStore } from "../../../src/server/runtime";
import { liveKpis } from "../../../src/store/kpis";
import { latestRun } from "../../../src/store/runs";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(): Promise<Response> {
  const store = await getStore();
  const run = await latestRun(store);
  if (!run) {
    return Response.json(
      { error: { code: "model_unavailable", message: "no model run in the store: run `pnpm verticals train __NAME__` and `pnpm --filter @verticals/__NAME__ seed`" } },
      { status: 503, headers: { "cache-control": "no-store" } },
    );
  }
  // Validated on the way out so a drift from the contract fails loudly here, not in the portal.
  const summary = verticalSummarySchema.parse(buildSummary(run, await liveKpis(store)));
  return Response.json(summary, { headers: { "cache-control": "no-store" } });
}
