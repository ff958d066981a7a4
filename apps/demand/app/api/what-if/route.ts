// POST /api/what-if {seriesId, allStores?, pricePercent?, priceFromDay?, priceToDay?, eventType?, eventDay?, serviceLevel?, leadTime?, review?}:
// the forecast and order with and without the change. Bad input answers 400 naming the field.
import { env } from "../../../src/web/context";
import { BadRequestError, policyFromParams } from "../../../src/web/policy-params";
import { loadRunView } from "../../../src/web/run-view";
import { parseWhatIfRequest, whatIf } from "../../../src/web/what-if-service";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const run = await loadRunView();
  if (!run) return Response.json({ error: "no forecast in the store yet: run `pnpm verticals demo`" }, { status: 409 });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: "request body: expected JSON" }, { status: 400 });
  }
  try {
    const { serviceLevel, leadTime, review, ...rest } = (body ?? {}) as Record<string, unknown>;
    const params = new URLSearchParams();
    if (serviceLevel !== undefined) params.set("serviceLevel", String(serviceLevel));
    if (leadTime !== undefined) params.set("leadTime", String(leadTime));
    if (review !== undefined) params.set("review", String(review));
    const policy = policyFromParams(params, env().policy, run.horizon);
    const result = await whatIf(run, parseWhatIfRequest(rest), policy);
    const json = (f: { mean: Float64Array; quantiles: Float64Array[] }) => ({ mean: Array.from(f.mean), quantiles: f.quantiles.map((q) => Array.from(q)) });
    return Response.json({
      policy,
      dates: result.dates,
      history: result.history,
      seriesIds: result.seriesIds,
      category: result.category,
      elasticity: result.elasticity,
      elasticityLeansOnPrior: result.elasticityLeansOnPrior,
      eventLift: result.eventLift,
      before: { total: json(result.before.total), orders: result.before.orders },
      after: { total: json(result.after.total), orders: result.after.orders },
    });
  } catch (error) {
    if (error instanceof BadRequestError) return Response.json({ error: error.message }, { status: 400 });
    throw error;
  }
}
