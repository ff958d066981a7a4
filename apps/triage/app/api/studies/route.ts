// POST /api/studies: upload one PNG, JPEG or DICOM file (multipart field "file"). DICOM is de-identified
// before anything is stored. Answers 201 with the study's id, probability, flag and timings; bad input gets
// 400/413/415/422 with a message naming the file and the problem. GET: the ranked worklist as JSON.
import { ACCEPTED_TYPES } from "../../../src/imaging/decode";
import { ingestUpload } from "../../../src/server/ingest";
import { errorResponse, jsonError } from "../../../src/server/http";
import { env, getEmbedder, getModel, getStore } from "../../../src/server/runtime";
import { worklist } from "../../../src/store/queries";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

// Multipart framing around the file: boundaries, headers, other fields.
const MULTIPART_OVERHEAD = 64 * 1024;

export async function POST(request: Request): Promise<Response> {
  try {
    const { maxUploadBytes, uidKey } = env();
    const declared = Number(request.headers.get("content-length") ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxUploadBytes + MULTIPART_OVERHEAD) {
      return jsonError(413, "FILE_TOO_LARGE", `upload of ${declared} bytes is more than the ${maxUploadBytes} accepted (TRIAGE_MAX_UPLOAD_BYTES)`);
    }
    const contentType = request.headers.get("content-type") ?? "";
    if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
      return jsonError(415, "UNSUPPORTED_TYPE", `send the image as multipart/form-data with a "file" field (${ACCEPTED_TYPES}); got content-type "${contentType || "none"}"`);
    }
    let form: FormData;
    try {
      form = await request.formData();
    } catch (error) {
      return jsonError(400, "BAD_REQUEST", `the multipart body could not be read (${(error as Error).message})`);
    }
    const file = form.get("file");
    if (!file || typeof file === "string") return jsonError(400, "BAD_REQUEST", `the form has no "file" field holding a file (${ACCEPTED_TYPES})`);
    if (file.size > maxUploadBytes) {
      return jsonError(413, "FILE_TOO_LARGE", `${file.name}: ${file.size} bytes is more than the ${maxUploadBytes} accepted (TRIAGE_MAX_UPLOAD_BYTES)`);
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const [store, model, embedder] = await Promise.all([getStore(), getModel(), getEmbedder()]);
    const result = await ingestUpload(store, model, { bytes, name: file.name || "upload" }, { maxBytes: maxUploadBytes, uidKey, actor: "upload (web)", ...(embedder ? { embedder } : {}) });
    return Response.json(result, { status: 201, headers: { location: `/studies/${result.studyId}` } });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function GET(): Promise<Response> {
  try {
    const store = await getStore();
    return Response.json({ worklist: await worklist(store) });
  } catch (error) {
    return errorResponse(error);
  }
}
