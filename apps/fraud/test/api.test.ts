// The HTTP API through its route handlers, against a small trained model and a fresh SQLite store:
// every class of bad input gets a precise 4xx and stores nothing; good input is scored and stored whole.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import path from "node:path";
import { POST as scorePost } from "../app/api/score/route";
import { POST as reviewPost } from "../app/api/alerts/[id]/review/route";
import { GET as alertsGet } from "../app/api/alerts/route";
import { GET as exportGet } from "../app/api/export/route";
import { GET as kpisGet } from "../app/api/kpis/route";
import { GET as replayGet } from "../app/api/replay/route";
import { GET as healthGet } from "../app/api/health/route";
import { GET as summaryGet } from "../app/api/summary/route";
import { verticalSummarySchema } from "@verticals/ui/summary";
import { pipeline } from "../src/pipeline";
import { INPUT_FIELDS } from "../src/pipeline/columns";
import { getStoreService, resetServices } from "../src/scoring/service";
import { LIMITS } from "../src/scoring/validate";
import { FAST_HYPERPARAMETERS_JSON, context, sqliteUrl, syntheticData, tempDir } from "./helpers";

const data = tempDir("api-data");
const work = tempDir("api-work");
const saved = { ...process.env };

const BASE = "http://127.0.0.1:3101";
const transaction = (overrides: Record<string, unknown> = {}) => ({ ...Object.fromEntries(INPUT_FIELDS.map((f) => [f, f === "Amount" ? 12.5 : f === "Time" ? 406 : 0.1])), ...overrides });
const json = (body: unknown, url = "/api/score") => new Request(`${BASE}${url}`, { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });
const csv = (text: string) => new Request(`${BASE}/api/score`, { method: "POST", headers: { "content-type": "text/csv", "x-file-name": "batch.csv" }, body: text });
const csvHeader = `${INPUT_FIELDS.join(",")},Class`;
const csvRow = (overrides: Record<string, string> = {}) => INPUT_FIELDS.map((f) => overrides[f] ?? (f === "Amount" ? "12.5" : f === "Time" ? "406" : "0.1")).join(",") + ",0";

async function count(): Promise<number> {
  const { store } = await getStoreService();
  return store.scoredTransaction.count();
}

async function expectError(response: Response, status: number, error: string) {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { error: string; message: string; errors?: Array<{ row?: number; field?: string; message: string }> };
  expect(body.error).toBe(error);
  expect(body.message.length).toBeGreaterThan(10);
  return body;
}

beforeAll(async () => {
  process.env.FRAUD_HYPERPARAMETERS = FAST_HYPERPARAMETERS_JSON;
  process.env.VERTICALS_ARTIFACTS_DIR = path.join(work.dir, "artifacts");
  process.env.DATABASE_URL = sqliteUrl(work.dir, "api.db");
  await syntheticData(data.dir, { size: 2500, seed: 5 });
  await pipeline.seed(context({ dataDir: data.dir, artifactsDir: process.env.VERTICALS_ARTIFACTS_DIR, databaseUrl: process.env.DATABASE_URL }));
  await resetServices();
});

afterAll(async () => {
  await resetServices();
  for (const key of ["FRAUD_HYPERPARAMETERS", "VERTICALS_ARTIFACTS_DIR", "DATABASE_URL"]) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  data.remove();
  work.remove();
});

describe("POST /api/score: bad input", () => {
  it("names a missing field, a wrong type, an out-of-range value and an unknown field, and stores nothing", async () => {
    const before = await count();
    const { V3: _dropped, ...missing } = transaction();
    let body = await expectError(await scorePost(json(missing)), 422, "invalid_input");
    expect(body.errors).toEqual([{ field: "V3", message: 'missing field "V3"' }]);

    body = await expectError(await scorePost(json(transaction({ V7: "1.5" }))), 422, "invalid_input");
    expect(body.errors).toEqual([{ field: "V7", message: 'wrong type: expected a number, got the string "1.5"' }]);

    body = await expectError(await scorePost(json(transaction({ Amount: -4 }))), 422, "invalid_input");
    expect(body.errors![0]).toMatchObject({ field: "Amount", message: expect.stringMatching(/^out of range/) });

    body = await expectError(await scorePost(json(transaction({ V2: 1e6 }))), 422, "invalid_input");
    expect(body.errors![0]!.message).toMatch(/within ±500/);

    body = await expectError(await scorePost(json(transaction({ merchant: "x" }))), 422, "invalid_input");
    expect(body.errors).toEqual([{ field: "merchant", message: expect.stringMatching(/^unknown field "merchant"/) }]);

    body = await expectError(await scorePost(json(transaction({ Class: 2 }))), 422, "invalid_input");
    expect(body.errors![0]!.field).toBe("Class");
    expect(await count()).toBe(before);
  });

  it("names NaN and Infinity, which JSON cannot carry", async () => {
    const text = JSON.stringify(transaction()).replace('"V4":0.1', '"V4":NaN');
    let body = await expectError(await scorePost(json(text)), 400, "invalid_json");
    expect(body.errors).toEqual([{ field: "V4", message: "must be a finite number, got NaN" }]);
    body = await expectError(await scorePost(json(JSON.stringify(transaction()).replace('"V5":0.1', '"V5":-Infinity'))), 400, "invalid_json");
    expect(body.message).toMatch(/"V5" is -Infinity/);
    // 1e999 is valid JSON but parses to Infinity.
    body = await expectError(await scorePost(json(JSON.stringify(transaction()).replace('"V6":0.1', '"V6":1e999'))), 422, "invalid_input");
    expect(body.errors).toEqual([{ field: "V6", message: "must be a finite number, got Infinity" }]);
  });

  it("refuses malformed JSON, empty bodies, empty or oversized batches, other media types and unknown sources", async () => {
    await expectError(await scorePost(json("{ not json")), 400, "invalid_json");
    await expectError(await scorePost(json("")), 400, "empty_body");
    await expectError(await scorePost(json([])), 422, "empty_batch");
    await expectError(await scorePost(json(Array.from({ length: LIMITS.jsonRows + 1 }, () => ({})))), 413, "too_many_rows");
    await expectError(await scorePost(json("[1, 2]")), 422, "invalid_input");
    await expectError(await scorePost(new Request(`${BASE}/api/score`, { method: "POST", headers: { "content-type": "text/plain" }, body: "hi" })), 415, "unsupported_media_type");
    await expectError(await scorePost(new Request(`${BASE}/api/score`, { method: "POST", body: "{}" })), 415, "unsupported_media_type");
    await expectError(await scorePost(json(transaction(), "/api/score?source=seed")), 400, "invalid_parameter");
  });

  it("refuses an oversized body, by its declared length or while reading it", async () => {
    const declared = new Request(`${BASE}/api/score`, { method: "POST", headers: { "content-type": "application/json", "content-length": String(LIMITS.jsonBytes + 1) }, body: "{}" });
    await expectError(await scorePost(declared), 413, "payload_too_large");
    const big = `[${Array.from({ length: 40_000 }, () => JSON.stringify(transaction())).join(",")}]`;
    expect(big.length).toBeGreaterThan(LIMITS.jsonBytes);
    const streamed = new Request(`${BASE}/api/score`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(big));
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    await expectError(await scorePost(streamed), 413, "payload_too_large");

    // A multipart upload streamed without a content-length is cut off at the limit too, not buffered whole.
    const boundary = "verticals-test-boundary";
    const part = `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.csv"\r\ncontent-type: text/csv\r\n\r\n`;
    let sent = 0;
    const chunk = new TextEncoder().encode("1,".repeat(512 * 1024));
    const multipart = new Request(`${BASE}/api/score`, {
      method: "POST",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(part));
        },
        pull(controller) {
          // Endless unless the server stops reading: fails the test by timeout if it buffers everything.
          sent += chunk.byteLength;
          controller.enqueue(chunk);
        },
      }),
      duplex: "half",
    } as RequestInit);
    await expectError(await scorePost(multipart), 413, "payload_too_large");
    expect(sent).toBeLessThan(LIMITS.csvBytes + 4 * chunk.byteLength);
  });

  it("rejects a batch or a CSV file with bad rows as a whole, naming the rows", async () => {
    const before = await count();
    let body = await expectError(await scorePost(json([transaction(), transaction({ V1: null }), transaction(), transaction({ Time: -1 })])), 422, "invalid_input");
    expect(body.errors!.map((e) => [e.row, e.field])).toEqual([
      [2, "V1"],
      [4, "Time"],
    ]);
    expect(body.message).toMatch(/2 rows have errors \(2, 4\); nothing was stored/);
    body = await expectError(await scorePost(csv([csvHeader, csvRow(), csvRow({ V9: "inf" }), csvRow(), csvRow({ Amount: "ten" })].join("\n"))), 422, "invalid_input");
    expect(body.errors).toEqual([
      { row: 2, field: "V9", message: 'must be a finite number, got "inf"' },
      { row: 4, field: "Amount", message: 'expected a number, got "ten"' },
    ]);
    expect(await count()).toBe(before);
  });
});

describe("POST /api/score: good input", () => {
  it("scores one transaction, stores it with score, decision and model version", async () => {
    const before = await count();
    const response = await scorePost(json(transaction({ reference: "txn-1" })));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ reference: "txn-1", decision: expect.stringMatching(/^(approve|review|block)$/), modelVersion: expect.stringMatching(/^fraud-/) });
    expect(body.probability as number).toBeGreaterThanOrEqual(0);
    expect(await count()).toBe(before + 1);
    const { store } = await getStoreService();
    const stored = await store.scoredTransaction.findUniqueOrThrow({ where: { id: body.id as number } });
    expect(stored).toMatchObject({ reference: "txn-1", source: "api", modelVersion: body.modelVersion, probability: body.probability, decision: body.decision });
  });

  it("scores a batch and a CSV upload (text/csv and multipart), and explains the alerts it raises", async () => {
    const fraudLike = transaction({ V14: -9, V17: -9, V12: -8, V10: -7, V3: -8, V4: 6, V11: 5, Amount: 1 });
    const response = await scorePost(json([transaction(), fraudLike]));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { count: number; results: Array<{ decision: string; alertId: number | null; topFactors?: Array<{ field: string }> }> };
    expect(body.count).toBe(2);
    expect(body.results[1]!.decision).not.toBe("approve");
    expect(body.results[1]!.alertId).not.toBeNull();
    expect(body.results[1]!.topFactors!.length).toBe(5);

    const file = await scorePost(csv([csvHeader, csvRow(), csvRow({ V14: "-9", V17: "-9", V12: "-8" })].join("\n")));
    expect(file.status).toBe(200);
    expect(await file.json()).toMatchObject({ count: 2, fileName: "batch.csv", uploadId: expect.any(Number) });

    const form = new FormData();
    form.set("file", new Blob([[csvHeader, csvRow()].join("\n")], { type: "text/csv" }), "one.csv");
    const multipart = await scorePost(new Request(`${BASE}/api/score`, { method: "POST", body: form }));
    expect(multipart.status).toBe(200);
    expect(await multipart.json()).toMatchObject({ count: 1, fileName: "one.csv" });
  });
});

describe("review queue, export, replay, KPIs", () => {
  it("records a verdict with precise errors, and the live precision counts it", async () => {
    const queue = (await (await alertsGet(new Request(`${BASE}/api/alerts?filter=open`))).json()) as { alerts: Array<{ id: number; probability: number }> };
    expect(queue.alerts.length).toBeGreaterThan(0);
    expect(queue.alerts.map((a) => a.probability)).toEqual([...queue.alerts.map((a) => a.probability)].sort((a, b) => b - a));
    const id = String(queue.alerts[0]!.id);
    const review = (body: unknown, alertId = id) => reviewPost(json(body, `/api/alerts/${alertId}/review`), { params: Promise.resolve({ id: alertId }) });

    await expectError(await review({ label: "fraud", note: "x" }, "abc"), 400, "invalid_id");
    // Beyond a 32-bit id (PostgreSQL's SERIAL) is no alert on any store: a 400, never a database error.
    await expectError(await review({ label: "fraud", note: "x" }, "2147483648"), 400, "invalid_id");
    await expectError(await review({ label: "fraud", note: "x" }, "1234567890123456789012345"), 400, "invalid_id");
    await expectError(await review({ label: "fraud", note: "x" }, "999999"), 404, "not_found");
    let body = await expectError(await review({ label: "maybe", note: "x" }), 422, "invalid_input");
    expect(body.errors![0]!.field).toBe("label");
    body = await expectError(await review({ label: "fraud" }), 422, "invalid_input");
    expect(body.errors).toEqual([{ field: "note", message: 'missing field "note"' }]);
    body = await expectError(await review({ label: "fraud", note: "  " }), 422, "invalid_input");
    expect(body.errors![0]!.message).toMatch(/must not be empty/);
    await expectError(await review({ label: "fraud", note: "x", analyst: "me" }), 422, "invalid_input");

    const kpisBefore = (await (await kpisGet()).json()) as { reviewed: number; livePrecision: number | null };
    const ok = await review({ label: "fraud", note: "Cardholder denies the purchase" });
    expect(ok.status).toBe(200);
    const kpisAfter = (await (await kpisGet()).json()) as { reviewed: number; livePrecision: number; confirmedFrauds: number };
    expect(kpisAfter.reviewed).toBe(kpisBefore.reviewed + 1);
    expect(kpisAfter.confirmedFrauds).toBeGreaterThanOrEqual(1);
    expect(kpisAfter.livePrecision).toBeGreaterThan(0);

    const exported = await exportGet();
    expect(exported.headers.get("content-type")).toMatch(/^text\/csv/);
    const lines = (await exported.text()).trim().split("\n");
    expect(lines[0]).toBe(`${INPUT_FIELDS.map((f) => `"${f}"`).join(",")},"Class"`);
    expect(lines.length).toBe(kpisAfter.reviewed + 1);
    expect(lines[1]!.endsWith(',"1"')).toBe(true);
  });

  it("hands out held-back transactions for the replay, in order, and validates its parameter", async () => {
    await expectError(await replayGet(new Request(`${BASE}/api/replay?count=0`)), 400, "invalid_parameter");
    const first = (await (await replayGet(new Request(`${BASE}/api/replay?count=3`))).json()) as { transactions: Array<Record<string, unknown>>; remaining: number };
    expect(first.transactions).toHaveLength(3);
    expect(first.transactions[0]!.reference).toMatch(/^holdout-\d+$/);
    const posted = await scorePost(json(first.transactions[0], "/api/score?source=replay"));
    expect(posted.status).toBe(200);
    const next = (await (await replayGet(new Request(`${BASE}/api/replay?count=3`))).json()) as { transactions: Array<Record<string, unknown>>; remaining: number };
    expect(next.transactions[0]!.reference).toBe(first.transactions[1]!.reference);
    expect(next.remaining).toBe(first.remaining - 1);
  });

  it("serves the portal summary: schema-valid, live KPIs from the store, AUPRC against the baseline", async () => {
    const response = await summaryGet();
    expect(response.status).toBe(200);
    const summary = verticalSummarySchema.parse(await response.json());
    const kpis = (await (await kpisGet()).json()) as { transactions: number; caughtFrauds: number; caughtAmount: number; reviewCost: number };
    expect(summary.app).toBe("fraud");
    expect(summary.kpis.map((k) => k.label)).toEqual(["Transactions scored", "Alert rate", "Frauds caught", "Net money saved"]);
    expect(summary.kpis[0]!.value).toBe(kpis.transactions);
    expect(summary.kpis[2]!.value).toBe(kpis.caughtFrauds);
    expect(summary.kpis[3]!.value).toBe(Math.round(kpis.caughtAmount - kpis.reviewCost));
    expect(summary.quality).toMatchObject({ metric: "AUPRC", higherIsBetter: true });
    expect(summary.quality.model).toBeGreaterThan(0.5);
    expect(summary.quality.baseline).toBeGreaterThan(0);
    expect(summary.provenance.kind).toBe("synthetic");
    expect(summary.modelVersion).toMatch(/^fraud-/);
    expect(summary.backend).toMatch(/^tfjs \d+\.\d+\.\d+ · (wasm|cpu|tensorflow)/);

    // One more scored transaction moves the live count.
    expect((await scorePost(json(transaction()))).status).toBe(200);
    const after = verticalSummarySchema.parse(await (await summaryGet()).json());
    expect(after.kpis[0]!.value).toBe(kpis.transactions + 1);
  });

  it("answers 503 on /api/summary when no model has been trained", async () => {
    const empty = tempDir("api-empty");
    const restore = { artifacts: process.env.VERTICALS_ARTIFACTS_DIR, url: process.env.DATABASE_URL };
    try {
      await resetServices();
      process.env.VERTICALS_ARTIFACTS_DIR = path.join(empty.dir, "artifacts");
      process.env.DATABASE_URL = sqliteUrl(empty.dir, "empty.db");
      const body = await expectError(await summaryGet(), 503, "model_unavailable");
      expect(body.message).toMatch(/no trained model/);
    } finally {
      await resetServices();
      process.env.VERTICALS_ARTIFACTS_DIR = restore.artifacts;
      process.env.DATABASE_URL = restore.url;
      empty.remove();
    }
  });

  it("answers the health check", async () => {
    expect(await healthGet().json()).toMatchObject({ status: "ok", app: "fraud" });
  });
});
