// HTTP plumbing shared by the route handlers: bounded body reading and one JSON error shape.
import type { FieldError } from "./validate";

export const MAX_ERRORS_LISTED = 100;

export interface ErrorBody {
  error: string;
  message: string;
  errors?: FieldError[];
  errorCount?: number;
}

export function jsonError(status: number, error: string, message: string, errors?: FieldError[]): Response {
  const body: ErrorBody = { error, message };
  if (errors) {
    body.errors = errors.slice(0, MAX_ERRORS_LISTED);
    body.errorCount = errors.length;
  }
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`the request body is larger than ${limit.toLocaleString("en-US")} bytes`);
  }
}

/** Reads the body as UTF-8 text, refusing (BodyTooLargeError) as soon as it passes `limit` bytes. */
export async function readBodyText(request: Request, limit: number): Promise<string> {
  return new TextDecoder("utf-8", { fatal: false }).decode(await readBodyBytes(request, limit));
}

/** Reads the raw body, refusing (BodyTooLargeError) as soon as it passes `limit` bytes, whatever content-length says. */
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
  return Buffer.concat(chunks);
}

/** JSON has no NaN or Infinity: name the field when a client sends them anyway. */
export function describeJsonSyntaxError(text: string, error: Error): { message: string; errors: FieldError[] } {
  const nonFinite = /"([^"\\]{1,64})"\s*:\s*(-?(?:NaN|Infinity))\b/.exec(text);
  if (nonFinite) {
    const [, field, value] = nonFinite;
    return {
      message: `field "${field}" is ${value}: JSON has no NaN or Infinity, and every field must be a finite number`,
      errors: [{ field, message: `must be a finite number, got ${value}` }],
    };
  }
  return { message: `the body is not valid JSON (${error.message})`, errors: [] };
}
