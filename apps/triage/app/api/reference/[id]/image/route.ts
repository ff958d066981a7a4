// GET /api/reference/:id/image?size=96: a reference-library case (a labelled training image) as PNG, for the
// similar-cases thumbnails.
import { renderStudyPng } from "../../../../../src/server/render";
import { parseRecordId } from "@verticals/ui/http";
import { errorResponse, jsonError } from "../../../../../src/server/http";
import { getStore } from "../../../../../src/server/runtime";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const id = parseRecordId((await params).id);
    if (id === null) return jsonError(400, "BAD_REQUEST", "reference case id must be a positive integer");
    const size = Number(new URL(request.url).searchParams.get("size") ?? 96);
    if (!Number.isInteger(size) || size < 8 || size > 1024) return jsonError(400, "BAD_REQUEST", "size must be an integer from 8 to 1024");
    const store = await getStore();
    const row = await store.referenceCase.findUnique({ where: { id }, select: { pixels: true } });
    if (!row) return jsonError(404, "NOT_FOUND", `reference case ${id} does not exist`);
    const png = renderStudyPng({ width: 28, height: 28, data: row.pixels }, { size });
    return new Response(new Uint8Array(png), { headers: { "content-type": "image/png", "cache-control": "private, max-age=3600" } });
  } catch (error) {
    return errorResponse(error);
  }
}
