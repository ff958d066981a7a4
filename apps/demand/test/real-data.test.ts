// The real M5 subset (shared/datasets/retail, 28 items x 10 Walmart stores). Skips with a message when the shared
// datasets are absent (a fresh clone); the full benchmark is `pnpm bench`.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { initBackend } from "@verticals/core";
import { findRealDataRoot } from "@verticals/data";
import { scoreForecast } from "../src/pipeline/accuracy";
import { fitBaselines } from "../src/pipeline/baselines";
import { demandConfig } from "../src/pipeline/config";
import { truncateSales, type DemandData } from "../src/pipeline/dataset";
import { DEMAND_CLASSES } from "../src/pipeline/demand-class";
import { holdoutEvaluation } from "../src/pipeline/evaluate";
import { loadDemandData } from "../src/pipeline/load-data";
import { classesAt } from "../src/pipeline/train";
import { silenceStderr } from "./support/synthetic";

const root = findRealDataRoot();
const dir = root ? join(root, "retail") : undefined;
const present = dir !== undefined && existsSync(join(dir, "sales_train_validation.csv"));
if (!present) {
  console.warn(`real-data tests skipped: no M5 files in ${dir ?? "<workspace>/../shared/datasets/retail"} (set VERTICALS_REAL_DATA_DIR to the folder holding retail/)`);
}

(present ? describe : describe.skip)("real M5 subset", () => {
  let data: DemandData;
  let restore: () => void;
  beforeAll(async () => {
    restore = silenceStderr();
    await initBackend(); // wasm, as `evaluate` runs (the plain CPU backend is several times slower)
    data = await loadDemandData(dir!);
  });
  afterAll(() => restore?.());

  it("loads 280 item x store series over d_1..d_1885 with the calendar and prices to d_1913", () => {
    expect(data.provenance.kind).toBe("real");
    expect(data.series).toHaveLength(280);
    expect(data.days).toBe(1885);
    expect(data.calendar.length).toBe(1913);
    expect(new Set(data.series.map((s) => s.storeId)).size).toBe(10);
    expect(data.sales.reduce((sum, y) => sum + y.reduce((a, b) => a + b, 0), 0)).toBeGreaterThan(2_000_000);
    const classes = new Set(classesAt(data, data.days));
    for (const c of DEMAND_CLASSES) expect(classes.has(c)).toBe(true);
  });

  it("scores the baselines on the last 28 days as an independent implementation does (seasonal naive 1.0022, ETS 0.8062)", () => {
    const history = truncateSales(data, data.days - 28);
    const baselines = fitBaselines(history.sales, history.days, 28, classesAt(history, history.days));
    expect(scoreForecast(data.sales, baselines.seasonal_naive).weighted_rmsse).toBeCloseTo(1.0022, 4);
    expect(scoreForecast(data.sales, baselines.ets).weighted_rmsse).toBeCloseTo(0.8062, 4);
  });

  it("a quickly trained network (one year, one origin a week, one epoch) already beats seasonal naive and ETS with calibrated bands", async () => {
    const config = { ...demandConfig(42), years: 1, originStep: 7, gbdt: null, refit: false };
    config.network = { ...config.network, epochs: 1 };
    const { report } = await holdoutEvaluation(data, config, { reporter: null });
    expect(report.model.weighted_rmsse).toBeLessThan(report.baselines.seasonal_naive.weighted_rmsse * 0.85);
    expect(report.model.weighted_rmsse).toBeLessThan(report.baselines.ets.weighted_rmsse);
    expect(Math.abs(report.model.coverage_80 - 0.8)).toBeLessThan(0.07);
    expect(Math.abs(report.model.coverage_95 - 0.95)).toBeLessThan(0.05);
  }, 180_000);
});
