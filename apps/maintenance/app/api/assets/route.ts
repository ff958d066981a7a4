// GET /api/assets: the fleet, riskiest first, with each engine's latest RUL, band, failure probability and health.
import { NextResponse } from "next/server";
import { fleetRows } from "../../../src/store/queries";
import { handle } from "../../../src/server/http";
import { getStore } from "../../../src/server/runtime";

export const dynamic = "force-dynamic";

export function GET() {
  return handle(async () => NextResponse.json({ assets: await fleetRows(await getStore()) }));
}
