// POST /api/readings/csv: readings in C-MAPSS row layout (unit cycle 3 settings 21 sensors per line), as the raw
// body (text/csv, text/plain) or as the "file" field of a multipart form. Accepted whole or rejected whole.
import { NextResponse } from "next/server";
import { IngestError } from "../../../../src/ingest/ingest-error";
import { parseCsvReadings } from "../../../../src/ingest/parse-csv";
import { decodeText, handle, readBody, readForm } from "../../../../src/server/http";
import { ingest } from "../../../../src/server/ingest";
import { appEnv } from "../../../../src/server/runtime";

export const dynamic = "force-dynamic";

async function csvText(request: Request, limit: number): Promise<string> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    const form = await readForm(request, limit);
    const file = form.get("file");
    if (!(file instanceof Blob)) throw new IngestError(422, 'Expected a file in the form field "file"', { column: "file" });
    if (file.size > limit) throw new IngestError(413, `File of ${file.size} bytes exceeds the ${limit}-byte limit`);
    return decodeText(new Uint8Array(await file.arrayBuffer()));
  }
  if (type === "" || type.startsWith("text/")) return decodeText(await readBody(request, limit));
  throw new IngestError(415, `Expected text/csv, text/plain or multipart/form-data, got "${type}"`);
}

export function POST(request: Request) {
  return handle(async () => {
    const text = await csvText(request, appEnv().MAINTENANCE_MAX_UPLOAD_BYTES);
    const result = await ingest(parseCsvReadings(text), "csv");
    return NextResponse.json(result, { status: 201 });
  });
}
