// GET /api/plan?horizonCycles=&slotCycles=&crewsPerSlot=&plannedStopCost=&unplannedFailureCost=: a plan computed
// from the latest predictions with these settings (defaults for the rest), not saved.
// POST /api/plan with the same settings as JSON: computes and saves it as the current plan (201).
import { NextResponse } from "next/server";
import { IngestError } from "../../../src/ingest/ingest-error";
import { computePlan, savePlan } from "../../../src/store/refresh";
import { planDefaults } from "../../../src/env";
import { decodeText, handle, planSettingsFrom, readBody } from "../../../src/server/http";
import { appEnv, getRul, getStore } from "../../../src/server/runtime";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handle(async () => {
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const settings = planSettingsFrom(query, planDefaults(appEnv()));
    const [store, rul] = await Promise.all([getStore(), getRul()]);
    return NextResponse.json(await computePlan(store, rul.meta, settings));
  });
}

export function POST(request: Request) {
  return handle(async () => {
    const text = decodeText(await readBody(request, 64 * 1024));
    let body: unknown = {};
    if (text.trim()) {
      try {
        body = JSON.parse(text);
      } catch (error) {
        throw new IngestError(400, `The body is not valid JSON: ${(error as Error).message}`);
      }
    }
    if (typeof body !== "object" || body === null || Array.isArray(body)) throw new IngestError(422, "Expected a JSON object of plan settings");
    const settings = planSettingsFrom(body as Record<string, unknown>, planDefaults(appEnv()));
    const [store, rul] = await Promise.all([getStore(), getRul()]);
    const { id, plan } = await savePlan(store, rul.meta, settings, "api", rul.card.version);
    return NextResponse.json({ id, ...plan }, { status: 201 });
  });
}
