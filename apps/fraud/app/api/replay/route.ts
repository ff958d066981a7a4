// GET /api/replay?count=N: the next held-back test transactions not yet in the store, for the dashboard's
// replay, which posts them one by one to /api/score?source=replay. They carry their known class (labelled history).
import { nextReplayInputs } from "../../../src/scoring/replay";
import { jsonError } from "../../../src/scoring/http";
import { getScoringService, ModelUnavailableError } from "../../../src/scoring/service";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  const raw = new URL(request.url).searchParams.get("count") ?? "20";
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > 500) return jsonError(400, "invalid_parameter", `count must be an integer from 1 to 500, got ${JSON.stringify(raw)}`);
  try {
    const { store, artifact } = await getScoringService();
    const { inputs, remaining } = await nextReplayInputs(store, artifact.holdout, count);
    const transactions = inputs.map((input) => ({ ...input.transaction, reference: input.reference, Class: input.knownClass }));
    return Response.json({ modelVersion: artifact.model.version, transactions, remaining }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof ModelUnavailableError) return jsonError(503, "model_unavailable", error.message);
    throw error;
  }
}
