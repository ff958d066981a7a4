// POST /api/studies: upload one PNG, JPEG or DICOM file (multipart field "file"). DICOM is de-identified
// before anything is stored. Answers 201 with the study's id, probability, flag and timings; bad input gets
// 400/413/415/422 with a message naming the file and the problem. GET: the ranked worklist as JSON.
import { BodyTooLargeError, readFormData } from "@verticals/ui/http";
import { ACCEPTED_TYPES } from "../../../src/imaging/decode";
import { ingestUpload } from "../../../src/server/ingest";
import { errorResponse, jsonError } from "../../../src/server/http";
import { env, getEmbedder, getModel, getStore } from "../../../src/server/runtime";
import { worklist } from "../../../src/store/queries";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function POST(request: Request): Promise<Response> {
  try {
    const { maxUploadBytes, uidKey } = env();
    const contentType = request.headers.get("content-type") ?? "";
    if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
      return jsonError(415, "UNSUPPORTED_TYPE", `send the image as multipart/form-data with a "file" field (${ACCEPTED_TYPES}); got content-type "${contentType || "none"}"`);
    }
    // Without a model there is nothing to do with the image: say so before reading it.
    const [store, model, embedder] = await Promise.all([getStore(), getModel(), getEmbedder()]);
    let form: FormData;
    try {
      form = await readFormData(request, maxUploadBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        return jsonError(413, "FILE_TOO_LARGE", `the upload is more than the ${maxUploadBytes} bytes accepted (TRIAGE_MAX_UPLOAD_BYTES)`);
      }
      return jsonError(400, "BAD_REQUEST", `the multipart body could not be read (${(error as Error).message})`);
    }
    const file = form.get("file");
    if (!file || typeof file === "string") return jsonError(400, "BAD_REQUEST", `the form has no "file" field holding a file (${ACCEPTED_TYPES})`);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await ingestUpload(store, model, { bytes, name: file.name || "upload" }, { maxBytes: maxUploadBytes, uidKey, actor: "upload (web)", ...(embedder ? { embedder } : {}) });
    return Response.json(result, { status: 201, headers: { location: `/studies/${result.studyId}` } });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function GET(): Promise<Response> {
  try {
    const store = await getStore();
    return Response.json({ worklist: await worklist(store, env().readingTargetMinutes) });
  } catch (error) {
    return errorResponse(error);
  }
}
