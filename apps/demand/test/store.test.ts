// The store on SQLite and PostgreSQL: seeding is idempotent, the pipeline's arrays survive a round trip, a
// published run holds forecasts with quantiles, totals and orders, and uploads are all-or-nothing.
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describeEachStore } from "@verticals/db/testing";
import { applyUpload } from "../src/ingest/apply-upload";
import { verticalSummarySchema } from "@verticals/ui/summary";
import { fitBaselines } from "../src/pipeline/baselines";
import { calibrationBacktest } from "../src/pipeline/calibration-report";
import { classesAt } from "../src/pipeline/train";
import { openStore, type Store } from "../src/store/client";
import { calendarRows, loadDemandDataFromStore, seriesRows } from "../src/store/demand-data";
import type { RunOutputs } from "../src/pipeline/run-outputs";
import { publishRun } from "../src/store/publish-run";
import { addCalendarDays, addSeries } from "../src/store/queries";
import { demandSummary } from "../src/web/summary";
import { makeData, makeSeries, poissonSeries } from "./support/fixtures";

const appDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const series = [makeSeries("FOODS_1_001", "CA_1"), makeSeries("FOODS_1_001", "TX_1"), makeSeries("HOBBIES_2_003", "WI_1")];
const days = 120;
const data = makeData(
  series,
  [poissonSeries(days, () => 6, 1), poissonSeries(days, () => 2, 2), poissonSeries(days, () => 0.3, 3)],
  { calendarDays: days + 28, prices: series.map((_, i) => Array.from({ length: days + 28 }, (_, t) => (i === 2 && t < 7 ? Number.NaN : 3 + i + (t >= 105 ? 0.5 : 0)))) },
);
data.calendar.events[10] = ["SuperBowl", "Sporting", "", ""];

const back = fitBaselines(data.sales.map((y) => y.subarray(0, days - 28)), days - 28, 28, classesAt(data, days - 28)).ets;
/** The held-out report a run stores, here for ETS forecasts of the last 28 days. */
const calibration = calibrationBacktest(
  data,
  { origin: days - 28, classes: classesAt(data, days - 28), means: back.series.map((f) => f.mean), alphas: back.series.map(() => new Float64Array(28).fill(0.2)) },
  28,
);

/** A run built from baseline forecasts (no network needed to test the store). */
function outputs(): RunOutputs {
  const classes = classesAt(data, days);
  const ahead = fitBaselines(data.sales, days, 28, classes).ets;
  const dispersion = { factor: { smooth: 1, erratic: 1, intermittent: 1, lumpy: 1 }, daily: { smooth: 0.05, erratic: 0.3, intermittent: 0.4, lumpy: 1 }, sums: { smooth: Array(28).fill(0.02), erratic: Array(28).fill(0.2), intermittent: Array(28).fill(0.3), lumpy: Array(28).fill(0.8) } };
  return {
    run: { modelVersion: "demand-mlp@test", trainedAt: new Date("2026-01-01T00:00:00Z"), backend: "test", trainSeconds: 1, dataKind: "synthetic", dataName: "fixture", metrics: { calibration }, card: { name: "fixture" } },
    data,
    horizon: 28,
    dispersion,
    levelDispersion: { total: 0.01, state: 0.02, store: 0.03, category: 0.02, department: 0.03, item: 0.05, item_store: 0.1 },
    ahead: { series: ahead.series, classes },
    backtest: { origin: back.origin, series: back.series },
    policy: { leadTimeDays: 3, reviewDays: 7, serviceLevel: 0.95 },
  };
}

describeEachStore(
  "demand store",
  (getUrl) => {
    let store: Store;
    beforeAll(async () => {
      store = await openStore(getUrl());
    });
    afterAll(async () => {
      await store?.$disconnect();
    });

    it("adds the calendar and series once; a second seed adds nothing", async () => {
      expect(await addCalendarDays(store, calendarRows(data))).toBe(days + 28);
      expect(await addSeries(store, seriesRows(data))).toBe(3);
      expect(await addCalendarDays(store, calendarRows(data))).toBe(0);
      expect(await addSeries(store, seriesRows(data))).toBe(0);
    });

    it("gives the pipeline back the same sales, prices and calendar", async () => {
      const back = await loadDemandDataFromStore(store, data.provenance);
      expect(back.days).toBe(days);
      expect(back.series.map((s) => s.id)).toEqual(series.map((s) => s.id));
      back.sales.forEach((y, i) => expect(Array.from(y)).toEqual(Array.from(data.sales[i]!)));
      back.prices.forEach((p, i) => expect(Array.from(p)).toEqual(Array.from(data.prices[i]!)));
      expect(back.calendar.date).toEqual(data.calendar.date);
      expect(back.calendar.eventType[10]).toBe(4);
      expect(back.calendar.eventName[10]).toBe("SuperBowl");
      expect(Array.from(back.calendar.dow)).toEqual(Array.from(data.calendar.dow));
      expect(Array.from(back.calendar.snap.TX!)).toEqual(Array.from(data.calendar.snap.TX!));
    });

    it("has no portal summary before a run is published", async () => {
      expect(await demandSummary(store)).toBeNull();
    });

    it("publishes a run with quantile forecasts, reconciled totals and orders, once", async () => {
      const first = await publishRun(store, outputs());
      expect(first.rows).toBe(1 + 3 * 28 * 2 + 2 * 28 * (1 + 3 + 3 + 2 + 2 + 2) + 3);
      const again = await publishRun(store, outputs());
      expect(again).toEqual({ runId: first.runId, rows: 0 });
      const h1 = await store.forecast.findMany({ where: { runId: first.runId, kind: "forecast", h: 1 } });
      const total = await store.hierarchyForecast.findFirst({ where: { runId: first.runId, kind: "forecast", level: "total", h: 1 } });
      expect(total!.mean).toBeCloseTo(h1.reduce((s, f) => s + f.mean, 0), 2);
      expect(total!.date).toBe(data.calendar.date[days]);
      const orders = await store.order.findMany({ where: { runId: first.runId } });
      expect(orders).toHaveLength(3);
      for (const o of orders) expect(o.stockoutRisk).toBeLessThanOrEqual(0.05 + 1e-9);
    });

    it("serves the portal summary from the latest run: live counts and held-out accuracy vs seasonal naive", async () => {
      const summary = verticalSummarySchema.parse(await demandSummary(store));
      const run = (await store.run.findFirst({ orderBy: { id: "desc" } }))!;
      const forecasts = await store.forecast.findMany({ where: { runId: run.id, kind: "forecast" } });
      const orders = await store.order.findMany({ where: { runId: run.id } });
      const kpi = (label: string) => summary.kpis.find((k) => k.label === label)?.value;
      expect(kpi("Series forecast")).toBe(3);
      expect(kpi("Units expected, next 28 days")).toBe(Math.round(forecasts.reduce((s, f) => s + f.mean, 0)));
      expect(kpi("Orders to place")).toBe(orders.filter((o) => o.orderQuantity > 0).length);
      expect(kpi("Stock-out risk without ordering")).toBeCloseTo(orders.reduce((s, o) => s + o.stockoutRiskWithoutOrder, 0) / 3, 10);
      expect(summary.quality).toMatchObject({ metric: "weighted RMSSE", baselineName: "seasonal naive", higherIsBetter: false });
      expect(summary.quality.model).toBe(calibration.model.weighted_rmsse);
      expect(summary.quality.baseline).toBe(calibration.baselines.seasonal_naive.weighted_rmsse);
      expect(summary.quality.model).not.toBe(summary.quality.baseline);
      expect(summary.provenance).toEqual({ kind: "synthetic", dataset: "fixture" });
      expect(summary.modelVersion).toBe("demand-mlp@test");
    });

    it("stores an upload whole, and a bad one not at all", async () => {
      const ids = series.map((s) => [s.id, s.itemId, s.deptId, s.catId, s.storeId, s.stateId].join(","));
      const header = `id,item_id,dept_id,cat_id,store_id,state_id,d_${days + 1},d_${days + 2}`;
      const bad = await applyUpload(store, "bad.csv", [header, `${ids[0]},1,2`, `${ids[1]},1,2.5`, `${ids[2]},0,0`].join("\n"));
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ accepted: false, problems: [{ line: 3, column: `d_${days + 2}` }] });
      expect((await store.series.findMany()).every((s) => s.lastDay === days)).toBe(true);
      const good = await applyUpload(store, "good.csv", [header, `${ids[0]},1,2`, `${ids[1]},0,5`, `${ids[2]},0,0`].join("\n"));
      expect(good).toMatchObject({ status: 201, body: { accepted: true, firstDay: days + 1, lastDay: days + 2, units: 8, firstDate: data.calendar.date[days] } });
      const stored = await store.series.findUnique({ where: { id: series[1]!.id } });
      expect(stored!.lastDay).toBe(days + 2);
      expect((JSON.parse(stored!.salesJson) as number[]).slice(-2)).toEqual([0, 5]);
      expect(await store.upload.count()).toBe(1);
    });
  },
  { prismaDir: path.join(appDir, "prisma") },
);
