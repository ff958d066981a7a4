// GET /api/kpis: the dashboard's live figures (polled while the replay runs).
import { getStoreService } from "../../../src/scoring/service";
import { runKpis } from "../../../src/dashboard/page-data";
import { latestRun } from "../../../src/store/runs";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(): Promise<Response> {
  const { store, env } = await getStoreService();
  return Response.json(await runKpis(store, await latestRun(store), env), { headers: { "cache-control": "no-store" } });
}
