// POST /api/what-if {seriesId, allStores?, pricePercent?, priceFromDay?, priceToDay?, eventType?, eventDay?, snapDay?, serviceLevel?, leadTime?, review?}:
// the forecast and order with and without the change. Bad input answers 400 naming the field (unknown fields too).
import { env, ModelUnavailableError } from "../../../src/web/context";
import { BodyTooLargeError, readBodyText } from "@verticals/ui/http";
import { BadRequestError, policyFrom } from "../../../src/web/policy-params";
import { loadRunView } from "../../../src/web/run-view";
import { parseWhatIfRequest, whatIf } from "../../../src/web/what-if-service";

export const dynamic = "force-dynamic";

/** A what-if request is a few numbers: anything near this size is not one. */
const MAX_BODY_BYTES = 16 * 1024;

export async function POST(request: Request): Promise<Response> {
  const run = await loadRunView();
  if (!run) return Response.json({ error: "no forecast in the store yet: run `pnpm verticals demo`" }, { status: 409 });
  let body: unknown;
  try {
    body = JSON.parse(await readBodyText(request, MAX_BODY_BYTES));
  } catch (error) {
    if (error instanceof BodyTooLargeError) return Response.json({ error: `request body: ${error.message}` }, { status: 413 });
    return Response.json({ error: "request body: expected JSON" }, { status: 400 });
  }
  try {
    const { serviceLevel, leadTime, review, ...change } = parseWhatIfRequest(body);
    const policy = policyFrom({ serviceLevel, leadTime, review }, env().policy, run.horizon);
    const result = await whatIf(run, change, policy);
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
    if (error instanceof ModelUnavailableError) return Response.json({ error: error.message }, { status: 503 });
    throw error;
  }
}
