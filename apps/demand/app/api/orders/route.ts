// GET /api/orders?serviceLevel=0.95&leadTime=3&review=7[&format=csv]: order lines of the latest run under that
// policy, as JSON or as a CSV download. Bad parameters answer 400 naming the parameter.
import { env } from "../../../src/web/context";
import { summariseOrders } from "../../../src/web/order-summary";
import { ordersCsv, ordersFileName, ordersFor } from "../../../src/web/orders-service";
import { BadRequestError, policyFromParams } from "../../../src/web/policy-params";
import { loadRunView } from "../../../src/web/run-view";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const run = await loadRunView();
  if (!run) return Response.json({ error: "no forecast in the store yet: run `pnpm verticals demo`" }, { status: 409 });
  let policy;
  try {
    policy = policyFromParams(params, env().policy, run.horizon);
  } catch (error) {
    if (error instanceof BadRequestError) return Response.json({ error: error.message }, { status: 400 });
    throw error;
  }
  const format = params.get("format") ?? "json";
  if (format !== "json" && format !== "csv") return Response.json({ error: `query parameter format: expected json or csv, got ${JSON.stringify(format)}` }, { status: 400 });
  const orders = await ordersFor(run, policy);
  if (format === "csv") {
    return new Response(ordersCsv(orders, policy), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${ordersFileName(run, policy)}"`,
        "cache-control": "no-store",
      },
    });
  }
  return Response.json({ policy, forecastStart: run.forecastStart, summary: summariseOrders(orders), orders }, { headers: { "cache-control": "no-store" } });
}
