// The pipeline contract end to end on the default synthetic data: train (then reuse), seed (idempotent),
// evaluate; then the API routes on the seeded store: orders (JSON, CSV), upload (accepted whole, rejected
// whole), what-if and re-forecast.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseModelCard } from "@verticals/core";
import { createTestSqliteUrl } from "@verticals/db/testing";
import { verticalSummarySchema } from "@verticals/ui/summary";
import { pipeline } from "../src/pipeline";
import { MODEL_DIR_NAME } from "../src/pipeline/artifact";
import { openStore, type Store } from "../src/store/client";
import { resetServerState } from "../src/web/context";
import { memoryLog, silenceStderr, syntheticFolder, type SyntheticFolder } from "./support/synthetic";

type Handler = (request: Request) => Promise<Response>;

describe("demand pipeline on the synthetic M5 twin", () => {
  let folder: SyntheticFolder;
  let databaseUrl: string;
  let restore: () => void;
  let store: Store;
  const ctx = () => ({ dataDir: folder.dataDir, artifactsDir: folder.artifactsDir, databaseUrl, seed: 42, log: memoryLog(), signal: new AbortController().signal });

  beforeAll(async () => {
    restore = silenceStderr();
    folder = await syntheticFolder();
    databaseUrl = createTestSqliteUrl();
  });
  afterAll(async () => {
    await store?.$disconnect();
    await resetServerState();
    delete process.env.DATABASE_URL;
    delete process.env.VERTICALS_ARTIFACTS_DIR;
    restore();
    folder?.cleanup();
  });

  it("trains in well under a minute, saves the model with its card, and beats seasonal naive on the held-out window", async () => {
    const started = performance.now();
    const summary = await pipeline.train(ctx());
    const seconds = (performance.now() - started) / 1000;
    expect(summary.reused).toBeUndefined();
    expect(seconds).toBeLessThan(60);
    expect(summary.backend).toMatch(/wasm|cpu|tensorflow/);
    expect(summary.headline.join("\n")).toMatch(/weighted RMSSE [\d.]+ .*seasonal naive [\d.]+/);
    const dir = join(folder.artifactsDir, MODEL_DIR_NAME);
    for (const file of ["model.json", "weights.bin", "card.json", "forecaster.json", "fingerprint.json", "evaluation.json"]) expect(existsSync(join(dir, file))).toBe(true);
    const card = parseModelCard(JSON.parse(readFileSync(join(dir, "card.json"), "utf8")));
    expect(card.data.provenance.kind).toBe("synthetic");
    expect(card.metrics.weighted_rmsse).toBeLessThan(card.baseline.metrics.weighted_rmsse!);
    expect(card.metrics.coverage_80).toBeGreaterThan(0.7);
    expect(card.metrics.coverage_80).toBeLessThan(0.9);
  });

  it("reuses the saved model when data, code and configuration are unchanged", async () => {
    const started = performance.now();
    const summary = await pipeline.train(ctx());
    expect(summary.reused).toBe(true);
    expect((performance.now() - started) / 1000).toBeLessThan(10);
  });

  it("seeds the store with series, forecasts with quantiles, reconciled totals and orders; a second seed adds nothing", async () => {
    const first = await pipeline.seed(ctx());
    expect(first.rows).toBeGreaterThan(96 * 28 * 2);
    store = await openStore(databaseUrl);
    expect(await store.series.count()).toBe(96);
    expect(await store.run.count()).toBe(1);
    expect(await store.forecast.count({ where: { kind: "forecast" } })).toBe(96 * 28);
    expect(await store.order.count()).toBe(96);
    const forecasts = await store.forecast.findMany({ where: { kind: "forecast", h: 1 } });
    const total = await store.hierarchyForecast.findFirst({ where: { kind: "forecast", level: "total", h: 1 } });
    expect(total!.mean).toBeCloseTo(forecasts.reduce((s, f) => s + f.mean, 0), 0);
    for (const f of forecasts) {
      expect(f.p025).toBeLessThanOrEqual(f.p10);
      expect(f.p10).toBeLessThanOrEqual(f.p50);
      expect(f.p50).toBeLessThanOrEqual(f.p90);
      expect(f.p90).toBeLessThanOrEqual(f.p975);
    }
    const second = await pipeline.seed(ctx());
    expect(second.rows).toBe(0);
    expect(await store.forecast.count()).toBe(96 * 28 * 2);
  });

  it("evaluate holds out the last 28 days and reports the contract's metrics, with the baselines", async () => {
    const metrics = (await pipeline.evaluate(ctx())) as Record<string, unknown> & { baselines: Record<string, Record<string, number>> };
    for (const key of ["weighted_rmsse", "mean_rmsse", "coverage_80", "coverage_95", "train_seconds"]) expect(Number.isFinite(metrics[key])).toBe(true);
    for (const name of ["seasonal_naive", "ets", "croston", "tsb"]) {
      expect(Number.isFinite(metrics.baselines[name]!.weighted_rmsse)).toBe(true);
      expect(Number.isFinite(metrics.baselines[name]!.coverage_80)).toBe(true);
    }
    expect(metrics.weighted_rmsse as number).toBeLessThan(metrics.baselines.seasonal_naive!.weighted_rmsse!);
    expect(metrics.horizon).toMatchObject({ days: 28 });
    expect(Object.keys(metrics.by_level as object)).toEqual(["total", "state", "store", "category", "department", "item", "item_store"]);
    expect(JSON.parse(JSON.stringify(metrics))).toEqual(metrics);
  });

  describe("API routes on the seeded store", () => {
    let orders: Handler;
    let upload: Handler;
    let whatIf: Handler;
    let forecast: () => Promise<Response>;
    let summary: () => Promise<Response>;
    beforeAll(async () => {
      process.env.DATABASE_URL = databaseUrl;
      process.env.VERTICALS_ARTIFACTS_DIR = folder.artifactsDir;
      await resetServerState();
      ({ GET: orders } = (await import("../app/api/orders/route")) as unknown as { GET: Handler });
      ({ POST: upload } = (await import("../app/api/upload/route")) as unknown as { POST: Handler });
      ({ POST: whatIf } = (await import("../app/api/what-if/route")) as unknown as { POST: Handler });
      ({ POST: forecast } = (await import("../app/api/forecast/route")) as unknown as { POST: () => Promise<Response> });
      ({ GET: summary } = (await import("../app/api/summary/route")) as unknown as { GET: () => Promise<Response> });
    });

    it("summary: the portal card validates against the shared schema and reports the stored run", async () => {
      const response = await summary();
      expect(response.status).toBe(200);
      const card = verticalSummarySchema.parse(await response.json());
      const run = (await store.run.findFirst({ orderBy: { id: "desc" } }))!;
      expect(card.modelVersion).toBe(run.modelVersion);
      expect(card.provenance.kind).toBe("synthetic");
      expect(card.kpis.map((k) => k.label)).toEqual(["Series forecast", "Units expected, next 28 days", "Orders to place", "Stock-out risk without ordering"]);
      expect(card.kpis[0]!.value).toBe(96);
      const units = await store.forecast.aggregate({ where: { runId: run.id, kind: "forecast" }, _sum: { mean: true } });
      expect(card.kpis[1]!.value).toBe(Math.round(units._sum.mean!));
      const saved = JSON.parse(run.metricsJson) as { calibration: { model: { weighted_rmsse: number }; baselines: { seasonal_naive: { weighted_rmsse: number } } } };
      expect(card.quality.model).toBe(saved.calibration.model.weighted_rmsse);
      expect(card.quality.baseline).toBe(saved.calibration.baselines.seasonal_naive.weighted_rmsse);
      expect(card.quality.model).toBeLessThan(card.quality.baseline);
    });

    it("orders: a higher service level orders more; CSV export; 400 for a bad parameter", async () => {
      const at = async (sl: number) => (await (await orders(new Request(`http://x/api/orders?serviceLevel=${sl}`))).json()) as { summary: { units: number; meanRisk: number } };
      const low = await at(0.8);
      const high = await at(0.99);
      expect(high.summary.units).toBeGreaterThan(low.summary.units);
      expect(high.summary.meanRisk).toBeLessThan(low.summary.meanRisk);
      const csv = await orders(new Request("http://x/api/orders?serviceLevel=0.9&leadTime=2&review=7&format=csv"));
      expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
      expect(csv.headers.get("content-disposition")).toMatch(/attachment; filename="demand-orders-.*-sl90-lt2-r7\.csv"/);
      const lines = (await csv.text()).trim().split("\n");
      expect(lines[0]).toBe("id,item_id,store_id,demand_class,lead_time_days,review_days,service_level,inventory_position,lead_time_demand,reorder_point,order_up_to,safety_stock,order_quantity,below_reorder_point,stockout_risk,stockout_risk_without_order");
      expect(lines).toHaveLength(97);
      const bad = await orders(new Request("http://x/api/orders?serviceLevel=abc"));
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: string }).error).toMatch(/serviceLevel/);
      expect((await orders(new Request("http://x/api/orders?leadTime=20&review=10"))).status).toBe(400);
    });

    it("upload: bad files are rejected whole with 4xx naming line and column; nothing is stored", async () => {
      const series = await store.series.findMany({ orderBy: { id: "asc" } });
      const lastDay = series[0]!.lastDay;
      const header = `id,item_id,dept_id,cat_id,store_id,state_id,d_${lastDay + 1}`;
      const line = (s: (typeof series)[number], units: string) => [s.id, s.itemId, s.deptId, s.catId, s.storeId, s.stateId, units].join(",");
      const post = (text: string, type = "text/csv") => upload(new Request("http://x/api/upload?name=new-day.csv", { method: "POST", headers: { "content-type": type }, body: text }));
      const negative = await post([header, ...series.map((s, k) => line(s, k === 5 ? "-3" : "1"))].join("\n"));
      expect(negative.status).toBe(400);
      const body = (await negative.json()) as { accepted: boolean; error: string; problems: { line: number; column: string; message: string }[] };
      expect(body.accepted).toBe(false);
      expect(body.error).toMatch(/nothing was stored/);
      expect(body.problems[0]).toMatchObject({ line: 7, column: `d_${lastDay + 1}` });
      expect((await post("id,foo\n1,2")).status).toBe(400);
      expect((await post("", "text/csv")).status).toBe(400);
      expect((await post("a,b", "application/json")).status).toBe(415);
      // A chunked upload (no content-length) past the limit is cut off while streaming: a 413, nothing stored.
      const endless = new Request("http://x/api/upload", {
        method: "POST",
        headers: { "content-type": "text/csv" },
        body: new ReadableStream({ pull: (controller) => controller.enqueue(new Uint8Array(1024 * 1024).fill(49)) }),
        duplex: "half",
      } as RequestInit);
      expect((await upload(endless)).status).toBe(413);
      expect((await store.series.findFirst())!.lastDay).toBe(lastDay);
      expect(await store.upload.count()).toBe(0);

      const good = await post([header, ...series.map((s) => line(s, "2"))].join("\n"));
      expect(good.status).toBe(201);
      expect(await good.json()).toMatchObject({ accepted: true, firstDay: lastDay + 1, lastDay: lastDay + 1, series: 96, units: 192 });
      const stored = await store.series.findMany();
      for (const s of stored) {
        expect(s.lastDay).toBe(lastDay + 1);
        expect((JSON.parse(s.salesJson) as number[]).at(-1)).toBe(2);
      }
      expect(await store.upload.count()).toBe(1);
      const again = await post([header, ...series.map((s) => line(s, "2"))].join("\n"));
      expect(again.status).toBe(400);
      expect(((await again.json()) as { problems: { message: string }[] }).problems[0]!.message).toMatch(/already stored/);
    });

    it("re-forecast after the upload answers 409 when the calendar cannot cover a new horizon", async () => {
      const response = await forecast();
      expect(response.status).toBe(409);
      expect(((await response.json()) as { error: string }).error).toMatch(/the calendar ends at d_758/);
    });

    it("what-if: a price cut raises the forecast and the order; bad input is a 400", async () => {
      const top = await store.forecast.groupBy({ by: ["seriesId"], where: { kind: "forecast" }, _sum: { mean: true }, orderBy: { _sum: { mean: "desc" } }, take: 1 });
      const seriesId = top[0]!.seriesId;
      const ask = (body: unknown) => whatIf(new Request("http://x/api/what-if", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }));
      const response = await ask({ seriesId, pricePercent: -30, priceFromDay: 1, priceToDay: 14 });
      expect(response.status).toBe(200);
      const result = (await response.json()) as { before: { total: { mean: number[] } }; after: { total: { mean: number[] } }; dates: string[] };
      const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
      expect(result.dates).toHaveLength(28);
      const lift = sum(result.after.total.mean.slice(0, 14)) - sum(result.before.total.mean.slice(0, 14));
      expect(lift).toBeGreaterThan(0);
      // Days after the cut keep their forecast.
      expect(Math.abs(sum(result.after.total.mean.slice(14)) - sum(result.before.total.mean.slice(14)))).toBeLessThan(0.25 * lift);
      expect((await ask({ seriesId: "nope", pricePercent: -10 })).status).toBe(400);
      expect((await ask({ seriesId })).status).toBe(400);
      expect((await ask({ seriesId, pricePercent: -10, priceFromDay: 20, priceToDay: 3 })).status).toBe(400);
      const typo = await ask({ seriesId, pricePercent: -10, pricePercnt: -20 });
      expect(typo.status).toBe(400);
      expect(((await typo.json()) as { error: string }).error).toMatch(/pricePercnt/);
      expect((await ask({ seriesId, pricePercent: -10, serviceLevel: "0.9" })).status).toBe(400);
      expect((await ask({ seriesId, pricePercent: -10, serviceLevel: [] })).status).toBe(400);
      expect((await ask({ seriesId, pricePercent: -10, serviceLevel: 0.99 })).status).toBe(200);
    });
  });
});
