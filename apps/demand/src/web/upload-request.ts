// Reads an upload request (multipart form with a "file" field, or a text/csv body) and stores it through
// applyUpload. Every problem with the request or the file is a 4xx with a message; only a failing store is a 500.
import { BodyTooLargeError, readBodyBytes, readFormData } from "@verticals/ui/http";
import { applyUpload, rejection, type UploadOutcome } from "../ingest/apply-upload";
import type { Store } from "../store/client";

export async function handleUpload(request: Request, store: Store, maxBytes: number): Promise<UploadOutcome> {
  try {
    return await readAndApply(request, store, maxBytes);
  } catch (error) {
    // Bodies are read within the limit (a chunked upload has no length to check first), so memory stays bounded.
    if (error instanceof BodyTooLargeError) return rejection(413, `the upload is larger than the limit of ${maxBytes} bytes`);
    throw error;
  }
}

async function readAndApply(request: Request, store: Store, maxBytes: number): Promise<UploadOutcome> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  let fileName = new URL(request.url).searchParams.get("name") ?? "upload.csv";
  let bytes: Uint8Array;
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await readFormData(request, maxBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) throw error;
      return rejection(400, "the form data could not be read: send the file as multipart/form-data with a field named \"file\"");
    }
    const file = form.get("file");
    if (!file || typeof file === "string") return rejection(400, "no file: send the CSV in a form field named \"file\"");
    fileName = file.name || fileName;
    bytes = new Uint8Array(await file.arrayBuffer());
  } else if (type.startsWith("text/csv") || type.startsWith("text/plain") || type.startsWith("application/octet-stream")) {
    bytes = await readBodyBytes(request, maxBytes);
  } else {
    return rejection(415, `unsupported content type ${JSON.stringify(type || "none")}: send text/csv or a multipart form with a "file" field`);
  }
  if (bytes.byteLength > maxBytes) return rejection(413, `${fileName} is ${bytes.byteLength} bytes; the limit is ${maxBytes} bytes`);
  if (bytes.byteLength === 0) return rejection(400, `${fileName} is empty: expected a CSV in the M5 sales layout`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return rejection(400, `${fileName} is not UTF-8 text: expected a CSV in the M5 sales layout`);
  }
  return applyUpload(store, fileName, text);
}
