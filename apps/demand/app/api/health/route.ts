// GET /api/health: the store answers and holds a forecast (used by `verticals demo --check`).
import { getStore } from "../../../src/web/context";
import { loadRunView } from "../../../src/web/run-view";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    await getStore();
    const run = await loadRunView();
    return Response.json({ ok: true, app: "demand", run: run ? { modelVersion: run.modelVersion, forecastStart: run.forecastStart } : null });
  } catch (error) {
    return Response.json({ ok: false, app: "demand", error: (error as Error).message }, { status: 503 });
  }
}
