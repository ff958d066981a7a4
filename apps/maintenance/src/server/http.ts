// Small helpers the API routes share: JSON errors with the right status, a body size limit, plan settings from
// a query or a body. Bad input always gets a 4xx naming what was wrong; only our own faults are 500s.
import { BodyTooLargeError, readBodyBytes, readFormData } from "@verticals/ui/http";
import { NextResponse } from "next/server";
import { IngestError } from "../ingest/ingest-error";
import { planSettingsSchema, type PlanSettings } from "../pipeline/plan";
import { ModelsMissingError } from "./runtime";

export function jsonError(status: number, message: string, extra: Record<string, unknown> = {}): NextResponse {
  return NextResponse.json({ error: message, ...extra }, { status });
}

/** Runs a handler, turning known errors into their status and anything else into a logged 500. */
export async function handle(run: () => Promise<NextResponse>): Promise<NextResponse> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof IngestError) return NextResponse.json(error.toJSON(), { status: error.status });
    if (error instanceof ModelsMissingError) return jsonError(503, error.message);
    console.error(error);
    return jsonError(500, "Internal error; see the server log");
  }
}

/** The request body as bytes, refusing (413) as soon as it passes `limit`, declared or streamed. */
export async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  try {
    return await readBodyBytes(request, limit);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new IngestError(413, `The body exceeds the ${limit}-byte limit`);
    throw error;
  }
}

/** A multipart form within `limit` bytes of file (413 past it). */
export async function readForm(request: Request, limit: number): Promise<FormData> {
  try {
    return await readFormData(request, limit);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new IngestError(413, `The upload exceeds the ${limit}-byte limit`);
    throw new IngestError(400, `The multipart body could not be read (${(error as Error).message})`);
  }
}

export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError(400, "The body is not valid UTF-8 text");
  }
}

/** Plan settings from partial input over defaults; a bad value is a 422 naming the field. */
export function planSettingsFrom(input: Record<string, unknown>, defaults: PlanSettings): PlanSettings {
  const merged: Record<string, unknown> = { ...defaults };
  for (const key of Object.keys(defaults)) {
    const raw = input[key];
    if (raw === undefined || raw === null || raw === "") continue;
    merged[key] = typeof raw === "string" ? Number(raw) : raw;
  }
  const unknown = Object.keys(input).filter((k) => !Object.hasOwn(defaults, k));
  if (unknown.length) throw new IngestError(422, `Unknown plan setting "${unknown[0]}"; expected ${Object.keys(defaults).join(", ")}`, { column: unknown[0]! });
  const parsed = planSettingsSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join(".");
    throw new IngestError(422, `Plan setting ${field}: ${issue.message} (got ${JSON.stringify(merged[field])})`, { column: field });
  }
  return parsed.data;
}
