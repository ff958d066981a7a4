// POST /api/forecast: forecast again from the end of the stored history (after an upload), with the saved model.
import { ModelUnavailableError } from "../../../src/web/context";
import { ConflictError, reforecast } from "../../../src/web/reforecast";
import { loadRunView } from "../../../src/web/run-view";

export const dynamic = "force-dynamic";

export async function POST(): Promise<Response> {
  const run = await loadRunView();
  if (!run) return Response.json({ error: "no forecast in the store yet: run `pnpm verticals demo`" }, { status: 409 });
  try {
    return Response.json(await reforecast(run), { status: 201 });
  } catch (error) {
    if (error instanceof ConflictError) return Response.json({ error: error.message }, { status: 409 });
    if (error instanceof ModelUnavailableError) return Response.json({ error: error.message }, { status: 503 });
    throw error;
  }
}
