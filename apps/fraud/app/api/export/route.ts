// GET /api/export: analysts' verdicts as labelled rows in the creditcard.csv schema, for the next training.
import { getStoreService } from "../../../src/scoring/service";
import { exportLabelledCsv } from "../../../src/store/export";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(): Promise<Response> {
  const { store } = await getStoreService();
  const { csv, rows } = await exportLabelledCsv(store);
  const date = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="fraud-reviews-${date}.csv"`,
      "x-rows": String(rows),
      "cache-control": "no-store",
    },
  });
}
