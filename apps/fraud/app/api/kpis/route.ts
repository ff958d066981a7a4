// GET /api/kpis: the dashboard's live figures (polled while the replay runs).
import { getStoreService } from "../../../src/scoring/service";
import { liveKpis } from "../../../src/store/kpis";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(): Promise<Response> {
  const { store, env } = await getStoreService();
  return Response.json(await liveKpis(store, env.costReview), { headers: { "cache-control": "no-store" } });
}
