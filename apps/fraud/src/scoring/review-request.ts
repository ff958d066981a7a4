// POST /api/alerts/:id/review as a plain function: { "label": "fraud" | "legitimate", "note": "..." }.
import { BodyTooLargeError, MAX_RECORD_ID, parseRecordId, readBodyText } from "@verticals/ui/http";
import { recordReview, REVIEW_LABELS, type ReviewLabel } from "../store/alerts";
import { jsonError } from "./http";
import { getStoreService } from "./service";
import type { FieldError } from "./validate";

export const NOTE_MAX = 2000;

export function validateReview(body: unknown): { review: { label: ReviewLabel; note: string } | null; errors: FieldError[] } {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { review: null, errors: [{ message: 'expected a JSON object {"label": "fraud" | "legitimate", "note": "..."}' }] };
  }
  const record = body as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const key of Object.keys(record)) if (key !== "label" && key !== "note") errors.push({ field: key, message: `unknown field "${key}"; expected label and note` });
  if (!("label" in record)) errors.push({ field: "label", message: 'missing field "label"' });
  else if (!(REVIEW_LABELS as readonly unknown[]).includes(record.label)) errors.push({ field: "label", message: `must be "fraud" or "legitimate", got ${JSON.stringify(record.label)}` });
  if (!("note" in record)) errors.push({ field: "note", message: 'missing field "note"' });
  else if (typeof record.note !== "string") errors.push({ field: "note", message: `wrong type: expected a string, got ${record.note === null ? "null" : typeof record.note}` });
  else if (record.note.trim().length === 0) errors.push({ field: "note", message: "must not be empty: say why" });
  else if (record.note.length > NOTE_MAX) errors.push({ field: "note", message: `must be at most ${NOTE_MAX} characters, got ${record.note.length}` });
  if (errors.length > 0) return { review: null, errors };
  return { review: { label: record.label as ReviewLabel, note: (record.note as string).trim() }, errors };
}

export async function handleReviewRequest(request: Request, idText: string): Promise<Response> {
  const id = parseRecordId(idText);
  if (id === null) return jsonError(400, "invalid_id", `alert id must be an integer from 1 to ${MAX_RECORD_ID}, got ${JSON.stringify(idText)}`);
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") return jsonError(415, "unsupported_media_type", `send application/json, got ${JSON.stringify(type || "(none)")}`);
  let text: string;
  try {
    text = await readBodyText(request, 16 * 1024);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return jsonError(413, "payload_too_large", error.message);
    throw error;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return jsonError(400, "invalid_json", `the body is not valid JSON (${(error as Error).message})`);
  }
  const { review, errors } = validateReview(body);
  if (!review) return jsonError(422, "invalid_input", `the review is invalid: ${errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join("; ")}`, errors);
  const { store } = await getStoreService();
  if (!(await recordReview(store, id, review))) return jsonError(404, "not_found", `alert ${id} does not exist`);
  return Response.json({ alertId: id, ...review });
}
