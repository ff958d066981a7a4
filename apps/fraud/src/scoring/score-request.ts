// POST /api/score, as a plain function of a Request (the route file only re-exports it): content negotiation,
// bounded reading, validation of every row, then scoring and storing in one database transaction.
import { parseTransactionsCsv } from "./csv";
import { BodyTooLargeError, readBodyText, readFormData } from "@verticals/ui/http";
import { describeJsonSyntaxError, jsonError } from "./http";
import { scoreAndStore, type ScoredResult } from "./score-and-store";
import { getScoringService, ModelUnavailableError } from "./service";
import { LIMITS, validateBatch, validateTransaction, type FieldError, type TransactionInput } from "./validate";
import type { TransactionSource } from "../store/transactions";

const SOURCES = ["api", "replay"] as const;
const TOP_FACTORS = 5;

function resultJson(result: ScoredResult, modelVersion: string) {
  return {
    id: result.id,
    reference: result.reference,
    probability: result.probability,
    decision: result.decision,
    modelVersion,
    alertId: result.alertId,
    ...(result.explanation
      ? { topFactors: result.explanation.contributions.slice(0, TOP_FACTORS).map(({ field, value, contribution }) => ({ field, value, contribution })) }
      : {}),
  };
}

function invalid(errors: FieldError[], what: string): Response {
  const rows = new Set(errors.map((e) => e.row).filter((row) => row !== undefined));
  const message =
    rows.size > 0
      ? `${rows.size} ${rows.size === 1 ? "row has" : "rows have"} errors (${[...rows].slice(0, 10).join(", ")}${rows.size > 10 ? ", …" : ""}); nothing was stored`
      : `${what} has ${errors.length} ${errors.length === 1 ? "problem" : "problems"}: ${errors
          .slice(0, 3)
          .map((e) => e.message)
          .join("; ")}${errors.length > 3 ? "; …" : ""}. Nothing was stored`;
  return jsonError(422, "invalid_input", message, errors);
}

async function score(inputs: TransactionInput[], source: TransactionSource, upload?: { fileName: string }) {
  const service = await getScoringService();
  return scoreAndStore(service.artifact.model, service.store, inputs, { source, upload });
}

async function scoreJson(request: Request, source: TransactionSource): Promise<Response> {
  const text = await readBodyText(request, LIMITS.jsonBytes);
  if (text.trim() === "") return jsonError(400, "empty_body", "the body is empty: send one transaction (a JSON object) or a batch (a JSON array)");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    const { message, errors } = describeJsonSyntaxError(text, error as Error);
    return jsonError(400, "invalid_json", message, errors.length > 0 ? errors : undefined);
  }
  if (Array.isArray(body)) {
    if (body.length === 0) return jsonError(422, "empty_batch", "the batch is an empty array: send at least one transaction");
    if (body.length > LIMITS.jsonRows) {
      return jsonError(413, "too_many_rows", `the batch has ${body.length.toLocaleString("en-US")} transactions; at most ${LIMITS.jsonRows.toLocaleString("en-US")} per request (upload larger files as CSV)`);
    }
    const { inputs, errors } = validateBatch(body);
    if (errors.length > 0) return invalid(errors, "the batch");
    const scored = await score(inputs, source);
    const counts = { approve: 0, review: 0, block: 0 };
    for (const r of scored.results) counts[r.decision]++;
    return Response.json({ modelVersion: scored.modelVersion, count: scored.results.length, decisions: counts, results: scored.results.map((r) => resultJson(r, scored.modelVersion)) });
  }
  const { input, errors } = validateTransaction(body);
  if (!input) return invalid(errors, "the transaction");
  const scored = await score([input], source);
  return Response.json(resultJson(scored.results[0]!, scored.modelVersion));
}

async function scoreFile(text: string, fileName: string): Promise<Response> {
  const { inputs, errors } = parseTransactionsCsv(text);
  if (errors.length > 0) return invalid(errors, `file "${fileName}"`);
  const scored = await score(inputs, "upload", { fileName });
  const counts = { approve: 0, review: 0, block: 0 };
  for (const r of scored.results) counts[r.decision]++;
  return Response.json({
    modelVersion: scored.modelVersion,
    uploadId: scored.uploadId,
    fileName,
    count: scored.results.length,
    decisions: counts,
    alerts: scored.results.filter((r) => r.alertId !== null).map((r) => ({ row: scored.results.indexOf(r) + 1, id: r.id, alertId: r.alertId, probability: r.probability, decision: r.decision })),
  });
}

const safeFileName = (name: string | null) => (name ?? "").replace(/[^\w.\- ]+/g, "_").slice(0, 120) || "upload.csv";

export async function handleScoreRequest(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const sourceParam = url.searchParams.get("source") ?? "api";
  if (!(SOURCES as readonly string[]).includes(sourceParam)) {
    return jsonError(400, "invalid_parameter", `query parameter "source" must be one of ${SOURCES.join(", ")}, got ${JSON.stringify(sourceParam)}`);
  }
  const source = sourceParam as TransactionSource;
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  try {
    if (type === "application/json") return await scoreJson(request, source);
    if (type === "text/csv" || type === "application/csv") {
      const text = await readBodyText(request, LIMITS.csvBytes);
      return await scoreFile(text, safeFileName(request.headers.get("x-file-name") ?? url.searchParams.get("file")));
    }
    if (type === "multipart/form-data") {
      let form: FormData;
      try {
        form = await readFormData(request, LIMITS.csvBytes);
      } catch (error) {
        if (error instanceof BodyTooLargeError) throw error;
        return jsonError(400, "invalid_form", `the multipart body could not be read (${(error as Error).message})`);
      }
      const file = form.get("file");
      if (!file || typeof file === "string") return jsonError(422, "missing_file", 'the form has no file: send the CSV in a field named "file"');
      if (file.size > LIMITS.csvBytes) throw new BodyTooLargeError(LIMITS.csvBytes);
      return await scoreFile(await file.text(), safeFileName(file.name));
    }
    return jsonError(
      415,
      "unsupported_media_type",
      `content type ${JSON.stringify(type || "(none)")} is not accepted: send application/json (one transaction or an array), text/csv, or multipart/form-data with a "file" field`,
    );
  } catch (error) {
    if (error instanceof BodyTooLargeError) return jsonError(413, "payload_too_large", `${error.message}; split the data into smaller requests`);
    if (error instanceof ModelUnavailableError) return jsonError(503, "model_unavailable", error.message);
    throw error;
  }
}
