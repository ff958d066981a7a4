// GET /api/studies/:id/image?heat=1&size=64: the study's display image as PNG, optionally with its heatmap.
import { renderStudyPng } from "../../../../../src/server/render";
import { parseRecordId } from "@verticals/ui/http";
import { errorResponse, jsonError } from "../../../../../src/server/http";
import { getStore } from "../../../../../src/server/runtime";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const id = parseRecordId((await params).id);
    if (id === null) return jsonError(400, "BAD_REQUEST", "study id must be a positive integer");
    const url = new URL(request.url);
    const size = Number(url.searchParams.get("size") ?? 64);
    if (!Number.isInteger(size) || size < 8 || size > 1024) return jsonError(400, "BAD_REQUEST", "size must be an integer from 8 to 1024");
    const withHeat = url.searchParams.get("heat") === "1";
    const store = await getStore();
    const study = await store.study.findUnique({
      where: { id },
      select: { preview: true, previewWidth: true, previewHeight: true, predictions: { orderBy: { id: "desc" }, take: 1, select: { heatmap: true } } },
    });
    if (!study) return jsonError(404, "NOT_FOUND", `study ${id} does not exist`);
    const heat = withHeat ? study.predictions[0]?.heatmap : undefined;
    const png = renderStudyPng(
      { width: study.previewWidth, height: study.previewHeight, data: study.preview },
      { size, ...(heat ? { heat: { width: heat.width, height: heat.height, data: JSON.parse(heat.valuesJson) as number[] } } : {}) },
    );
    return new Response(new Uint8Array(png), { headers: { "content-type": "image/png", "cache-control": "private, max-age=300" } });
  } catch (error) {
    return errorResponse(error);
  }
}
