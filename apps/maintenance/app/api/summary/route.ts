// GET /api/summary: the app's card for the portal (VerticalSummary from @verticals/ui/summary), from the store.
import { NextResponse } from "next/server";
import { verticalSummarySchema } from "@verticals/ui/summary";
import { handle, jsonError } from "../../../src/server/http";
import { getStore } from "../../../src/server/runtime";
import { maintenanceSummary } from "../../../src/server/summary";

export const dynamic = "force-dynamic";

export function GET() {
  return handle(async () => {
    const summary = await maintenanceSummary(await getStore());
    if (!summary) return jsonError(503, "No fleet or trained RUL model in the store yet: run `pnpm verticals demo` (or `pnpm seed` in apps/maintenance)");
    return NextResponse.json(verticalSummarySchema.parse(summary), { headers: { "cache-control": "no-store" } });
  });
}
