// Small helpers shared by the API routes: JSON errors with the right 4xx status. Ids from URLs and bodies
// within their limits come from @verticals/ui/http.
import { BodyTooLargeError } from "@verticals/ui/http";
import { ImageInputError } from "../imaging/image-input-error";
import { DecisionError } from "../store/queries";
import { ModelUnavailableError } from "./runtime";

export function jsonError(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status });
}

/** Maps known failures to 4xx/503; anything else is logged and answered with a generic 500. */
export function errorResponse(error: unknown): Response {
  if (error instanceof ImageInputError) return jsonError(error.status, error.code, error.message);
  if (error instanceof DecisionError) return jsonError(error.status, error.status === 404 ? "NOT_FOUND" : "BAD_REQUEST", error.message);
  if (error instanceof ModelUnavailableError) return jsonError(503, "MODEL_UNAVAILABLE", error.message);
  if (error instanceof BodyTooLargeError) return jsonError(413, "FILE_TOO_LARGE", error.message);
  console.error("[triage] unexpected error", error);
  return jsonError(500, "INTERNAL", "Unexpected server error; see the server log.");
}
