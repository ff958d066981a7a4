// The API routes with bad input: every mistake is a 4xx naming what was wrong, never a 500; good input updates
// the predictions and the plan.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { createTestSqliteUrl } from "@verticals/db/testing";
import { verticalSummarySchema } from "@verticals/ui/summary";
import { seedMaintenance } from "../src/pipeline/seed";
import { MEASUREMENT_FIELDS } from "../src/store/readings";
import { getStore, resetRuntime } from "../src/server/runtime";
import { silenceStderr, testContext, TINY_CONFIG } from "./support/fixtures";
import { trainTinyFleet, type TinyFleet } from "./support/tiny-fleet";

type Handler = (request: Request) => Promise<Response>;
let readingsPost: Handler;
let csvPost: Handler;
let planGet: Handler;
let planPost: Handler;
let riskPost: Handler;
let summaryGet: () => Promise<Response>;
let assetGet: (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

const json = (url: string, body: unknown, type = "application/json") =>
  new Request(`http://localhost${url}`, { method: "POST", headers: { "content-type": type }, body: typeof body === "string" ? body : JSON.stringify(body) });
const csv = (text: string, type = "text/csv") => new Request("http://localhost/api/readings/csv", { method: "POST", headers: { "content-type": type }, body: text });

async function expectError(response: Response, status: number, pattern: RegExp) {
  const body = (await response.json()) as { error: string };
  expect({ status: response.status, error: body.error }).toEqual({ status, error: expect.stringMatching(pattern) });
  return body;
}

describe("API", () => {
  let fleet: TinyFleet;
  let restore: () => void;
  let unit: number;
  let assetId: string;
  let nextCycle: number;
  let lastValues: number[];

  beforeAll(async () => {
    restore = silenceStderr();
    fleet = await trainTinyFleet();
    const url = createTestSqliteUrl();
    await seedMaintenance(testContext(fleet.dataDir, fleet.artifactsDir, url), TINY_CONFIG);
    process.env.DATABASE_URL = url;
    process.env.VERTICALS_ARTIFACTS_DIR = fleet.artifactsDir;
    process.env.MAINTENANCE_MAX_UPLOAD_BYTES = "20000";
    await resetRuntime();
    ({ POST: readingsPost } = (await import("../app/api/readings/route")) as unknown as { POST: Handler });
    ({ POST: csvPost } = (await import("../app/api/readings/csv/route")) as unknown as { POST: Handler });
    ({ GET: planGet, POST: planPost } = (await import("../app/api/plan/route")) as unknown as { GET: Handler; POST: Handler });
    ({ POST: riskPost } = (await import("../app/api/failure-risk/route")) as unknown as { POST: Handler });
    ({ GET: assetGet } = (await import("../app/api/assets/[id]/route")) as never);
    ({ GET: summaryGet } = (await import("../app/api/summary/route")) as unknown as { GET: () => Promise<Response> });
    const store = await getStore();
    const asset = await store.asset.findFirstOrThrow({ orderBy: { id: "asc" } });
    const last = await store.reading.findFirstOrThrow({ where: { assetId: asset.id }, orderBy: { cycle: "desc" } });
    ({ unit, id: assetId } = asset);
    nextCycle = last.cycle + 1;
    lastValues = MEASUREMENT_FIELDS.map((f) => last[f]);
  });
  afterAll(async () => {
    await resetRuntime();
    for (const name of ["DATABASE_URL", "VERTICALS_ARTIFACTS_DIR", "MAINTENANCE_MAX_UPLOAD_BYTES"]) delete process.env[name];
    fleet?.cleanup();
    restore?.();
  });

  const row = (cycle: number, u = unit, values = lastValues) => [u, cycle, ...values].join(" ");

  it("rejects CSV mistakes with the row and column named", async () => {
    await expectError(await csvPost(csv(`${row(nextCycle)}\n${row(nextCycle + 1).split(" ").slice(0, 20).join(" ")}`)), 422, /Row 2 \(line 2\): expected 26 columns/);
    await expectError(await csvPost(csv(row(nextCycle).replace(/ (\S+)$/, " n/a"))), 422, /column 26 \(sensor_21\): expected a number, got "n\/a"/);
    await expectError(await csvPost(csv(row(nextCycle, 999))), 422, /unknown unit 999/);
    await expectError(await csvPost(csv(row(nextCycle + 5))), 422, /out-of-order cycle .* expected cycle \d+, got \d+/);
    await expectError(await csvPost(csv(row(nextCycle - 1))), 422, /already stored or repeated/);
    await expectError(await csvPost(csv("")), 422, /No readings/);
    await expectError(await csvPost(csv(row(nextCycle), "application/pdf")), 415, /Expected text\/csv/);
    await expectError(await csvPost(csv(`${row(nextCycle)}\n`.repeat(200))), 413, /exceeds the 20000-byte limit/);
    // A chunked multipart upload declares no length: it is cut off while streaming, not buffered whole.
    const endless = new Request("http://localhost/api/readings/csv", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x" },
      body: new ReadableStream({ pull: (controller) => controller.enqueue(new Uint8Array(64 * 1024)) }),
      duplex: "half",
    } as RequestInit);
    await expectError(await csvPost(endless), 413, /exceeds the 20000-byte limit/);
    await expectError(await planGet(new Request("http://localhost/api/plan?toString=1")), 422, /Unknown plan setting "toString"/);
  });

  it("rejects JSON mistakes with the reading and field named", async () => {
    const reading = { asset: assetId, cycle: nextCycle, settings: lastValues.slice(0, 3), sensors: lastValues.slice(3) };
    await expectError(await readingsPost(json("/api/readings", "{ not json")), 400, /not valid JSON/);
    await expectError(await readingsPost(json("/api/readings", { readings: [reading] }, "text/plain")), 415, /application\/json/);
    await expectError(await readingsPost(json("/api/readings", { readings: [{ ...reading, sensors: [1, 2] }] })), 422, /readings\[0\]\.sensors\): expected 21 sensor values/);
    await expectError(await readingsPost(json("/api/readings", { readings: [{ ...reading, asset: "ENG-999" }] })), 422, /unknown asset "ENG-999"/);
    await expectError(await readingsPost(json("/api/readings", { readings: [] })), 422, /at least one reading/);
    await expectError(await readingsPost(json("/api/readings", [reading])), 422, /expected \{ "readings"/);
  });

  it("accepts good readings, predicts the new cycles and makes a new plan", async () => {
    const plan = async () => ((await (await planGet(new Request("http://localhost/api/plan"))).json()) as { items: unknown[] });
    expect((await plan()).items.length).toBe(6);
    const response = await csvPost(csv(`${row(nextCycle)}\n${row(nextCycle + 1)}`));
    expect(response.status).toBe(201);
    const body = (await response.json()) as { accepted: number; planId: number; assets: { id: string; toCycle: number; rul: number }[] };
    expect(body.accepted).toBe(2);
    expect(body.assets[0]).toMatchObject({ id: assetId, toCycle: nextCycle + 1 });
    const detail = (await (await assetGet(new Request(`http://localhost/api/assets/${assetId}`), { params: Promise.resolve({ id: assetId }) })).json()) as {
      predictions: { cycle: number }[];
    };
    expect(detail.predictions.at(-1)!.cycle).toBe(nextCycle + 1);
    // JSON continues where the CSV stopped.
    const more = await readingsPost(json("/api/readings", { readings: [{ unit, cycle: nextCycle + 2, settings: lastValues.slice(0, 3), sensors: lastValues.slice(3) }] }));
    expect(more.status).toBe(201);
    const missing = await assetGet(new Request("http://localhost/api/assets/NOPE"), { params: Promise.resolve({ id: "NOPE" }) });
    expect(missing.status).toBe(404);
  });

  it("checks plan settings and saves a plan on request", async () => {
    await expectError(await planGet(new Request("http://localhost/api/plan?crewsPerSlot=-1")), 422, /crewsPerSlot/);
    await expectError(await planGet(new Request("http://localhost/api/plan?horizonCycles=10&slotCycles=20")), 422, /slotCycles must not exceed horizonCycles/);
    await expectError(await planGet(new Request("http://localhost/api/plan?crews=2")), 422, /Unknown plan setting "crews"/);
    await expectError(await planGet(new Request("http://localhost/api/plan?plannedStopCost=cheap")), 422, /plannedStopCost/);
    const saved = await planPost(json("/api/plan", { crewsPerSlot: 0 }));
    expect(saved.status).toBe(201);
    expect(((await saved.json()) as { servicedCount: number }).servicedCount).toBe(0);
    await expectError(await planPost(json("/api/plan", "[1]")), 422, /JSON object/);
  });

  it("scores process readings, refusing impossible ones", async () => {
    const ok = await riskPost(json("/api/failure-risk", { readings: [{ type: "L", airK: 300, processK: 310, rpm: 1300, torqueNm: 65, toolWearMin: 220 }] }));
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { scores: { probability: number; likelyMode: string }[] };
    expect(body.scores[0]!.probability).toBeGreaterThanOrEqual(0);
    expect(["TWF", "HDF", "PWF", "OSF"]).toContain(body.scores[0]!.likelyMode);
    await expectError(await riskPost(json("/api/failure-risk", { readings: [{ type: "Q", airK: 300, processK: 310, rpm: 1300, torqueNm: 65, toolWearMin: 220 }] })), 422, /readings\[0\]\.type/);
    await expectError(await riskPost(json("/api/failure-risk", { readings: [{ type: "L", airK: -4, processK: 310, rpm: 1300, torqueNm: 65, toolWearMin: 220 }] })), 422, /readings\[0\]\.airK: expected an air temperature/);
  });

  it("serves the portal's summary from the store: live KPIs and RUL quality vs the constant baseline", async () => {
    const response = await summaryGet();
    expect(response.status).toBe(200);
    const summary = verticalSummarySchema.parse(await response.json());
    const store = await getStore();
    const latestPlan = await store.plan.findFirstOrThrow({ orderBy: { id: "desc" } });
    const kpi = (label: string) => summary.kpis.find((k) => k.label === label)?.value;
    // The last saved plan had no crews (previous test): the summary follows the store, not the seed.
    expect(kpi("Planned services")).toBe(latestPlan.servicedCount);
    expect(kpi("Planned services")).toBe(0);
    expect(kpi("Expected cost saved")).toBe(latestPlan.expectedSaving);
    expect(kpi("Engines at risk")).toBeGreaterThanOrEqual(0);
    expect(kpi("Median remaining life")).toBeGreaterThan(0);
    const run = await store.run.findFirstOrThrow({ where: { kind: "train", model: "rul" }, orderBy: { id: "desc" } });
    const evaluation = (JSON.parse(run.detailJson) as { evaluation: { rmse: number; baselines: { mean: { rmse: number } } } }).evaluation;
    expect(summary.quality).toMatchObject({ model: evaluation.rmse, baseline: evaluation.baselines.mean.rmse, higherIsBetter: false });
    expect(summary).toMatchObject({ app: "maintenance", modelVersion: run.modelVersion, provenance: { kind: "synthetic" } });
  });
});
