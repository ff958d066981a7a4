// GET /api/kpis: the dashboard's live figures (polled while the replay runs).
import { getStoreService } from "../../../src/scoring/service";
import { liveKpis } from "../../../src/store/kpis";
import { latestRun } from "../../../src/store/runs";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(): Promise<Response> {
  const { store, env } = await getStoreService();
  // The trained model's review cost (its threshold was chosen with it); the environment's until a run exists.
  const run = await latestRun(store);
  return Response.json(await liveKpis(store, run?.costReview ?? env.costReview), { headers: { "cache-control": "no-store" } });
}
