// GET /api/studies/:id/dicom: the de-identified DICOM file as stored (the original never is).
import { parseRecordId } from "@verticals/ui/http";
import { errorResponse, jsonError } from "../../../../../src/server/http";
import { getStore } from "../../../../../src/server/runtime";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const id = parseRecordId((await params).id);
    if (id === null) return jsonError(400, "BAD_REQUEST", "study id must be a positive integer");
    const store = await getStore();
    const study = await store.study.findUnique({ where: { id }, select: { accession: true, deidentifiedDicom: true } });
    if (!study) return jsonError(404, "NOT_FOUND", `study ${id} does not exist`);
    if (!study.deidentifiedDicom) return jsonError(404, "NOT_FOUND", `study ${id} was not uploaded as DICOM`);
    return new Response(new Uint8Array(study.deidentifiedDicom), {
      headers: { "content-type": "application/dicom", "content-disposition": `attachment; filename="${study.accession}-deidentified.dcm"` },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
