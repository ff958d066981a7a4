// HTTP plumbing shared by the route handlers: one JSON error shape (bounded body reading is @verticals/ui/http).
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
