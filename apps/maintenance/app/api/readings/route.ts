// POST /api/readings: JSON readings { "readings": [ { "asset" | "unit", "cycle", "settings": [3], "sensors": [21] } ] }.
// 201 with the updated engines and the new plan's id; 4xx naming the reading and field at fault.
import { NextResponse } from "next/server";
import { IngestError } from "../../../src/ingest/ingest-error";
import { parseJsonReadings } from "../../../src/ingest/parse-json";
import { decodeText, handle, readBody } from "../../../src/server/http";
import { ingest } from "../../../src/server/ingest";
import { appEnv } from "../../../src/server/runtime";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return handle(async () => {
    const type = request.headers.get("content-type") ?? "";
    if (!type.toLowerCase().includes("application/json")) {
      throw new IngestError(415, `Expected Content-Type application/json, got "${type || "none"}" (CSV goes to /api/readings/csv)`);
    }
    const text = decodeText(await readBody(request, appEnv().MAINTENANCE_MAX_UPLOAD_BYTES));
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw new IngestError(400, `The body is not valid JSON: ${(error as Error).message}`);
    }
    const result = await ingest(parseJsonReadings(body), "api");
    return NextResponse.json(result, { status: 201 });
  });
}
