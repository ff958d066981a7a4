// POST /api/studies/:id/decision {finding: "pneumonia" | "normal", reader, note?}: the radiologist confirms or
// overrides the model; stored with the model version and an audit event.
import { z } from "zod";
import { errorResponse, jsonError, parseId } from "../../../../../src/server/http";
import { getStore } from "../../../../../src/server/runtime";
import { recordDecision } from "../../../../../src/store/queries";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const bodySchema = z.object({
  finding: z.enum(["pneumonia", "normal"]),
  reader: z.string().trim().min(2, "reader must name who decides (2 characters or more)").max(120),
  note: z.string().trim().max(2000).optional(),
});

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const studyId = parseId((await params).id);
    if (studyId === undefined) return jsonError(400, "BAD_REQUEST", "study id must be a positive integer");
    let raw: unknown;
    try {
      raw = await request.json();
    } catch {
      return jsonError(400, "BAD_REQUEST", "the body must be JSON: {\"finding\": \"pneumonia\" | \"normal\", \"reader\": \"...\", \"note\"?: \"...\"}");
    }
    const parsed = bodySchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return jsonError(400, "BAD_REQUEST", `field "${issue.path.join(".") || "body"}": ${issue.message}`);
    }
    const store = await getStore();
    const decision = await recordDecision(store, { studyId, finding: parsed.data.finding, reader: parsed.data.reader, ...(parsed.data.note ? { note: parsed.data.note } : {}) });
    return Response.json({ decision }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
