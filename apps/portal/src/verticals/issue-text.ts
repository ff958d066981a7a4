import type { z } from "zod";

/** A zod failure as `field "kpis.0.value": expected number, received string` (first issue only: one clear line). */
export function firstIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join(".") : "(root)";
  return { field, message: issue?.message ?? "does not match the schema" };
}
