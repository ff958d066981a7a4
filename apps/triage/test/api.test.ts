import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { PNG } from "pngjs";
import { createTestSqliteUrl } from "@verticals/db/testing";
import { existsSync, readFileSync } from "node:fs";
import { sqliteFilePath } from "@verticals/db";
import { verticalSummarySchema } from "@verticals/ui/summary";
import { getStore, resetRuntime } from "../src/server/runtime";
import { fixtureDicom, identifyingStrings } from "./support/dicom-fixture";
import { silenceStderr, trainTinyModel, type TinySetup } from "./support/tiny-model";

type Handler = (request: Request, context?: unknown) => Promise<Response>;
let POST: Handler;
let GET: () => Promise<Response>;
let DECIDE: (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
let IMAGE: (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

function pngBytes(width = 64, height = 64): Uint8Array<ArrayBuffer> {
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) png.data.set([i % 251, i % 251, i % 251, 255], i * 4);
  return new Uint8Array(PNG.sync.write(png));
}

function upload(bytes: Uint8Array<ArrayBuffer>, name: string, type = "application/octet-stream"): Request {
  const form = new FormData();
  form.set("file", new File([bytes], name, { type }));
  return new Request("http://localhost/api/studies", { method: "POST", body: form });
}

async function errorOf(response: Response): Promise<{ status: number; code: string; message: string }> {
  const json = (await response.json()) as { error: { code: string; message: string } };
  return { status: response.status, ...json.error };
}

describe("API: uploads and decisions", () => {
  let tiny: TinySetup;
  let restore: () => void;
  beforeAll(async () => {
    restore = silenceStderr();
    tiny = await trainTinyModel();
    process.env.TRIAGE_MODEL_DIR = tiny.modelDir;
    process.env.DATABASE_URL = createTestSqliteUrl();
    process.env.TRIAGE_MAX_UPLOAD_BYTES = String(200_000);
    process.env.TRIAGE_UID_KEY = "api-test-key-0123456789";
    await resetRuntime();
    ({ POST, GET } = (await import("../app/api/studies/route")) as unknown as { POST: Handler; GET: () => Promise<Response> });
    ({ POST: DECIDE } = (await import("../app/api/studies/[id]/decision/route")) as never);
    ({ GET: IMAGE } = (await import("../app/api/studies/[id]/image/route")) as never);
  });
  afterAll(async () => {
    await resetRuntime();
    restore();
    tiny?.cleanup();
    for (const name of ["TRIAGE_MODEL_DIR", "DATABASE_URL", "TRIAGE_MAX_UPLOAD_BYTES", "TRIAGE_UID_KEY"]) delete process.env[name];
  });

  it("accepts a PNG: 201 with probability, flag and a rank in the worklist", async () => {
    const response = await POST(upload(pngBytes(), "chest.png", "image/png"));
    expect(response.status).toBe(201);
    const body = (await response.json()) as { studyId: number; probability: number; flagged: boolean; timings: { totalMs: number } };
    expect(body.probability).toBeGreaterThanOrEqual(0);
    expect(body.probability).toBeLessThanOrEqual(1);
    expect(body.timings.totalMs).toBeLessThan(5_000);
    const list = (await (await GET()).json()) as { worklist: Array<{ id: number; rank: number }> };
    expect(list.worklist.map((e) => e.id)).toContain(body.studyId);
    const image = await IMAGE(new Request(`http://localhost/api/studies/${body.studyId}/image?heat=1&size=64`), { params: Promise.resolve({ id: String(body.studyId) }) });
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(PNG.sync.read(Buffer.from(await image.arrayBuffer())).width).toBe(64);
  });

  it("accepts a DICOM and stores only the de-identified file", async () => {
    const response = await POST(upload(new Uint8Array(fixtureDicom()), "chest.dcm", "application/dicom"));
    expect(response.status).toBe(201);
    const { studyId } = (await response.json()) as { studyId: number };
    const store = await getStore();
    const stored = await store.study.findUniqueOrThrow({ where: { id: studyId } });
    expect(stored.format).toBe("dicom");
    const text = Buffer.from(stored.deidentifiedDicom!).toString("latin1");
    // Nothing identifying anywhere in the database files, not only in the DICOM column.
    const file = sqliteFilePath(process.env.DATABASE_URL!);
    const everything = [file, `${file}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f).toString("latin1")).join("");
    for (const value of identifyingStrings()) {
      expect(text).not.toContain(value);
      expect(everything).not.toContain(value);
    }
    expect(everything).toContain(stored.accession);
  });

  it("corrupt PNG: 422", async () => {
    const png = pngBytes();
    const e = await errorOf(await POST(upload(png.slice(0, png.length - 30), "broken.png", "image/png")));
    expect([e.status, e.code]).toEqual([422, "CORRUPT_IMAGE"]);
    expect(e.message).toMatch(/broken\.png/);
  });

  it("truncated DICOM: 422", async () => {
    const dicom = fixtureDicom();
    const e = await errorOf(await POST(upload(new Uint8Array(dicom.subarray(0, 700)), "cut.dcm", "application/dicom")));
    expect([e.status, e.code]).toEqual([422, "CORRUPT_IMAGE"]);
    expect(e.message).toMatch(/^cut\.dcm/);
  });

  it("wrong type: 415 for a text file, and for a body that is not multipart", async () => {
    const e = await errorOf(await POST(upload(new TextEncoder().encode("hello"), "notes.txt", "text/plain")));
    expect([e.status, e.code]).toEqual([415, "UNSUPPORTED_TYPE"]);
    const raw = await errorOf(await POST(new Request("http://localhost/api/studies", { method: "POST", headers: { "content-type": "image/png" }, body: pngBytes() })));
    expect(raw.status).toBe(415);
  });

  it("too large: 413 (declared length and actual size)", async () => {
    const big = new Uint8Array(300_000);
    big.set(pngBytes());
    const e = await errorOf(await POST(upload(big, "big.png", "image/png")));
    expect([e.status, e.code]).toEqual([413, "FILE_TOO_LARGE"]);
    const declared = await POST(new Request("http://localhost/api/studies", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x", "content-length": "99999999" }, body: "--x--" }));
    expect(declared.status).toBe(413);
    // A chunked upload declares no length: it is cut off while streaming, not buffered whole.
    const endless = new Request("http://localhost/api/studies", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x" },
      body: new ReadableStream({ pull: (controller) => controller.enqueue(new Uint8Array(256 * 1024)) }),
      duplex: "half",
    } as RequestInit);
    expect(await errorOf(await POST(endless))).toMatchObject({ status: 413, code: "FILE_TOO_LARGE" });
  });

  it("missing file field: 400", async () => {
    const form = new FormData();
    form.set("other", "value");
    const e = await errorOf(await POST(new Request("http://localhost/api/studies", { method: "POST", body: form })));
    expect([e.status, e.code]).toEqual([400, "BAD_REQUEST"]);
  });

  it("decisions: 201, then 400 for a bad body and 404 for an unknown study", async () => {
    const created = (await (await POST(upload(pngBytes(32, 32), "small.png", "image/png"))).json()) as { studyId: number };
    const ctx = { params: Promise.resolve({ id: String(created.studyId) }) };
    const ok = await DECIDE(new Request("http://localhost", { method: "POST", body: JSON.stringify({ finding: "normal", reader: "Dr Api" }) }), ctx);
    expect(ok.status).toBe(201);
    const bad = await errorOf(await DECIDE(new Request("http://localhost", { method: "POST", body: JSON.stringify({ finding: "maybe", reader: "Dr Api" }) }), ctx));
    expect(bad.status).toBe(400);
    expect(bad.message).toMatch(/finding/);
    const notJson = await DECIDE(new Request("http://localhost", { method: "POST", body: "{" }), ctx);
    expect(notJson.status).toBe(400);
    const missing = await DECIDE(new Request("http://localhost", { method: "POST", body: JSON.stringify({ finding: "normal", reader: "Dr Api" }) }), { params: Promise.resolve({ id: "424242" }) });
    expect(missing.status).toBe(404);
    const badId = await DECIDE(new Request("http://localhost", { method: "POST", body: "{}" }), { params: Promise.resolve({ id: "abc" }) });
    expect(badId.status).toBe(400);
    // Past a 32-bit id there is no study on any store: a 400, not a database error.
    const hugeId = await DECIDE(new Request("http://localhost", { method: "POST", body: "{}" }), { params: Promise.resolve({ id: "9999999999" }) });
    expect(hugeId.status).toBe(400);
    const typo = await errorOf(await DECIDE(new Request("http://localhost", { method: "POST", body: JSON.stringify({ finding: "normal", reader: "Dr Api", notes: "x" }) }), ctx));
    expect(typo.status).toBe(400);
    expect(typo.message).toMatch(/notes/);
  });

  it("GET /api/summary: a valid VerticalSummary with live worklist figures and the CNN vs the pixel baseline", async () => {
    const { GET: SUMMARY } = (await import("../app/api/summary/route")) as { GET: () => Promise<Response> };
    const response = await SUMMARY();
    expect(response.status).toBe(200);
    const summary = verticalSummarySchema.parse(await response.json());
    const store = await getStore();
    const [decisions, predictions, flagged] = await Promise.all([store.decision.count(), store.prediction.count(), store.prediction.count({ where: { flagged: true } })]);
    const undecidedFlagged = await store.study.count({ where: { decisions: { none: {} }, predictions: { some: { flagged: true } } } });
    expect(summary.app).toBe("triage");
    expect(summary.kpis.map((k) => k.label)).toEqual(["Urgent studies waiting", "Studies read", "Flagged rate"]);
    expect(summary.kpis[0]!.value).toBe(undecidedFlagged);
    expect(summary.kpis[1]!.value).toBe(decisions);
    expect(decisions).toBeGreaterThan(0);
    expect(summary.kpis[2]!.value).toBeCloseTo(flagged / predictions, 10);
    expect(summary.quality).toMatchObject({ metric: "ROC-AUC", higherIsBetter: true, baselineName: "Logistic regression on pixels" });
    expect(summary.quality.model).toBeGreaterThan(0.5);
    expect(summary.provenance.kind).toBe("synthetic");
    expect(summary.backend).toMatch(/^tfjs · wasm/);
    expect(summary.modelVersion).toMatch(/^triage-cnn@[0-9a-f]{12}$/);
  });
});
