// POST /api/failure-risk: { "readings": [ { "type": "L"|"M"|"H", "airK", "processK", "rpm", "torqueNm", "toolWearMin" } ] }
// -> calibrated failure probability, flag and likely failure mode of each reading.
import { NextResponse } from "next/server";
import { z } from "zod";
import { IngestError } from "../../../src/ingest/ingest-error";
import { scoreReadings } from "../../../src/pipeline/failure/model";
import { decodeText, handle, readBody } from "../../../src/server/http";
import { getFailure } from "../../../src/server/runtime";

export const dynamic = "force-dynamic";

const finite = (min: number, max: number, what: string) => z.number({ error: `expected a number (${what})` }).min(min, `expected ${what}`).max(max, `expected ${what}`);
const readingSchema = z
  .object({
    type: z.enum(["L", "M", "H"], { error: 'expected "L", "M" or "H"' }),
    airK: finite(200, 400, "an air temperature in kelvin, 200-400"),
    processK: finite(200, 450, "a process temperature in kelvin, 200-450"),
    rpm: finite(0, 10_000, "a rotational speed in rpm, 0-10000"),
    torqueNm: finite(0, 200, "a torque in Nm, 0-200"),
    toolWearMin: finite(0, 1000, "a tool wear in minutes, 0-1000"),
  })
  .strict();
const bodySchema = z.object({ readings: z.array(readingSchema).min(1).max(10_000) }).strict();

export function POST(request: Request) {
  return handle(async () => {
    const text = decodeText(await readBody(request, 2 * 1024 * 1024));
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw new IngestError(400, `The body is not valid JSON: ${(error as Error).message}`);
    }
    const parsed = bodySchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "") || "(body)";
      throw new IngestError(422, `${field}: ${issue.message}`, { column: field });
    }
    const failure = await getFailure();
    const readings = parsed.data.readings.map((r) => ({ ...r, type: "LMH".indexOf(r.type) }));
    const scores = scoreReadings(failure.model, readings);
    return NextResponse.json({ modelVersion: failure.card.version, threshold: failure.model.threshold, scores });
  });
}
