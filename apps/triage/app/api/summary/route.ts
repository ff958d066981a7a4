// GET /api/summary: the portal's card for this app (VerticalSummary, @verticals/ui/summary); 503 before any model.
import { deployedModel } from "../../../src/server/dashboard";
import { errorResponse, jsonError } from "../../../src/server/http";
import { env, getStore } from "../../../src/server/runtime";
import { buildSummary } from "../../../src/server/summary";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(): Promise<Response> {
  try {
    const model = await deployedModel();
    if (!model) return jsonError(503, "MODEL_UNAVAILABLE", "no trained model yet: run `pnpm verticals train triage` (or `pnpm verticals demo`)");
    const summary = await buildSummary(await getStore(), model, env().readingTargetMinutes);
    return Response.json(summary, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
