// GET /api/alerts?filter=open|reviewed|all&limit=N: the review queue by risk.
import { jsonError } from "../../../src/scoring/http";
import { getStoreService } from "../../../src/scoring/service";
import { listAlerts, type QueueFilter } from "../../../src/store/alerts";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const FILTERS: QueueFilter[] = ["open", "reviewed", "all"];

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const filter = (params.get("filter") ?? "open") as QueueFilter;
  if (!FILTERS.includes(filter)) return jsonError(400, "invalid_parameter", `filter must be one of ${FILTERS.join(", ")}, got ${JSON.stringify(filter)}`);
  const limit = Number(params.get("limit") ?? "100");
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) return jsonError(400, "invalid_parameter", `limit must be an integer from 1 to 1000, got ${JSON.stringify(params.get("limit"))}`);
  const { store } = await getStoreService();
  return Response.json({ alerts: await listAlerts(store, { filter, limit }) }, { headers: { "cache-control": "no-store" } });
}
