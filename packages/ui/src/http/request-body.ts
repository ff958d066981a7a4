// Request bodies read within a limit. The Fetch API's request.json(), text(), arrayBuffer() and formData()
// buffer a body of any size, and a chunked upload declares no content-length to check beforehand, so an API
// route reads the stream itself and stops at the limit: a 413 for the client, bounded memory for the server.

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`the request body is larger than ${limit.toLocaleString("en-US")} bytes`);
    this.name = "BodyTooLargeError";
  }
}

/** The raw body, refused (BodyTooLargeError) as soon as it passes `limit` bytes, whatever content-length says. */
export async function readBodyBytes(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The body as UTF-8 text (invalid bytes become U+FFFD), within `limit` bytes. */
export async function readBodyText(request: Request, limit: number): Promise<string> {
  return new TextDecoder("utf-8", { fatal: false }).decode(await readBodyBytes(request, limit));
}

/** Room for the boundaries and part headers of a multipart form around a file of the size limit. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/**
 * A multipart form read within `fileLimit` bytes (plus the form's own overhead). Throws BodyTooLargeError past
 * the limit, and TypeError when the body is not a well-formed multipart form.
 */
export async function readFormData(request: Request, fileLimit: number): Promise<FormData> {
  const body = await readBodyBytes(request, fileLimit + MULTIPART_OVERHEAD_BYTES);
  return new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
}
