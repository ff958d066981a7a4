// GET /api/summary: the app's card for the portal (VerticalSummary from @verticals/ui/summary), from the store.
import { verticalSummarySchema } from "@verticals/ui/summary";
import { getStore } from "../../../src/web/context";
import { demandSummary } from "../../../src/web/summary";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    const summary = await demandSummary(await getStore());
    if (!summary) return Response.json({ error: "no forecast in the store yet: run `pnpm verticals demo` (or `pnpm seed` in apps/demand)" }, { status: 503 });
    return Response.json(verticalSummarySchema.parse(summary));
  } catch (error) {
    return Response.json({ error: (error as Error).message }, { status: 500 });
  }
}
