// POST /api/studies/:id/decision {finding: "pneumonia" | "normal", reader, note?}: the radiologist confirms or
// overrides the model; stored with the model version and an audit event.
import { BodyTooLargeError, readBodyText } from "@verticals/ui/http";
import { z } from "zod";
import { parseRecordId } from "@verticals/ui/http";
import { errorResponse, jsonError } from "../../../../../src/server/http";
import { getStore } from "../../../../../src/server/runtime";
import { recordDecision } from "../../../../../src/store/queries";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const bodySchema = z.object({
  finding: z.enum(["pneumonia", "normal"]),
  reader: z.string().trim().min(2, "reader must name who decides (2 characters or more)").max(120),
  note: z.string().trim().max(2000).optional(),
}).strict();

/** A decision is a few short fields: anything near this size is not one. */
const MAX_BODY_BYTES = 16 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const studyId = parseRecordId((await params).id);
    if (studyId === null) return jsonError(400, "BAD_REQUEST", "study id must be a positive integer");
    let raw: unknown;
    try {
      raw = JSON.parse(await readBodyText(request, MAX_BODY_BYTES));
    } catch (error) {
      if (error instanceof BodyTooLargeError) return jsonError(413, "PAYLOAD_TOO_LARGE", error.message);
      return jsonError(400, "BAD_REQUEST", "the body must be JSON: {\"finding\": \"pneumonia\" | \"normal\", \"reader\": \"...\", \"note\"?: \"...\"}");
    }
    const parsed = bodySchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.code === "unrecognized_keys" ? issue.keys.join(", ") : issue.path.join(".") || "body";
      return jsonError(400, "BAD_REQUEST", `field "${field}": ${issue.message}`);
    }
    const store = await getStore();
    const decision = await recordDecision(store, { studyId, finding: parsed.data.finding, reader: parsed.data.reader, ...(parsed.data.note ? { note: parsed.data.note } : {}) });
    return Response.json({ decision }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
