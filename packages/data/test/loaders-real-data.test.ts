// Loads every file of ../shared/datasets (or VERTICALS_REAL_DATA_DIR) and checks the counts its SOURCE.md gives.
import { describe, expect, it } from "@jest/globals";
import { dirname } from "node:path";
import { loadAi4i2020, loadCmapss, loadCreditcard, loadM5, loadMedmnist, m5PriceOn } from "../src/index";
import { realFile } from "./test-helpers";

const creditcard = realFile("creditcard", "creditcard.csv");
const ai4i = realFile("ai4i2020", "ai4i2020.csv");
const cmapss = realFile("cmapss", "train_FD001.txt");
const npz = realFile("pneumoniamnist", "pneumoniamnist.npz");
const m5 = realFile("m5", "sales_train_validation.csv");

async function timed<T>(label: string, load: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await load();
  console.log(`[load time] ${label}: ${(performance.now() - start).toFixed(0)} ms`);
  return result;
}

describe("real datasets", () => {
  (creditcard ? it : it.skip)("creditcard.csv: 3,336 rows, 365 frauds, original values", async () => {
    const data = await timed("creditcard.csv", () => loadCreditcard(creditcard!));
    expect(data.rowCount).toBe(3336);
    expect(data.positiveCount).toBe(365);
    expect(data.label.reduce((a, b) => a + b, 0)).toBe(365);
    expect(data.columns.Time[0]).toBe(472);
    expect(data.columns.V1[0]).toBe(-3.0435406239976);
    for (const name of data.featureNames) expect(data.columns[name]).toHaveLength(3336);
    let fraudAmount = 0;
    data.label.forEach((y, i) => (fraudAmount += y * data.columns.Amount[i]!));
    expect(fraudAmount).toBeCloseTo(43779.61, 2); // awk over the file
    expect(data.provenance).toMatchObject({ kind: "real", licence: expect.stringContaining("ODbL") });
  });

  (ai4i ? it : it.skip)("ai4i2020.csv: 8,000 rows (UDI not a multiple of 5), 254 failures", async () => {
    const data = await timed("ai4i2020.csv", () => loadAi4i2020(ai4i!));
    expect(data.rowCount).toBe(8000);
    expect(data.failureCount).toBe(254);
    expect(data.udi.every((u) => u % 5 !== 0)).toBe(true);
    const types = [0, 0, 0];
    data.type.forEach((t) => types[t]!++);
    expect(types).toEqual([4794, 2391, 815]); // L, M, H (awk over the file)
    expect(data.productId[0]).toBe("M14860");
    expect(data.features.airTemperatureK[0]).toBe(298.1);
  });

  (cmapss ? it : it.skip)("train_FD001.txt: 20,631 rows, 100 engines of 128-362 cycles", async () => {
    const data = await timed("train_FD001.txt", () => loadCmapss(dirname(cmapss!)));
    expect(data.train.rowCount).toBe(20631);
    expect(data.train.units.id).toHaveLength(100);
    expect(Array.from(data.train.units.id)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(Math.min(...data.train.units.length)).toBe(128);
    expect(Math.max(...data.train.units.length)).toBe(362);
    expect(data.train.columns.sensor_1[0]).toBe(518.67);
    expect(data.test).toBeUndefined(); // the official test split is kept aside
  });

  (npz ? it : it.skip)("pneumoniamnist.npz: train 4,708 and val 524 images of 28x28", async () => {
    const data = await timed("pneumoniamnist.npz", () => loadMedmnist(npz!));
    expect(data.train).toMatchObject({ count: 4708, height: 28, width: 28, channels: 1, labelCounts: [1214, 3494] });
    expect(data.val).toMatchObject({ count: 524, labelCounts: [135, 389] });
    expect(data.train.images).toHaveLength(4708 * 784);
    expect(data.test).toBeUndefined();
  });

  (m5 ? it : it.skip)("M5 subset: 280 series x 1,885 days, calendar to d_1913, 65,121 prices", async () => {
    const data = await timed("M5 (sales + calendar + prices)", () => loadM5(dirname(m5!)));
    expect(data.seriesCount).toBe(280);
    expect(data.dayCount).toBe(1885);
    expect(data.firstDay).toBe(1);
    expect(new Set(data.series.itemId).size).toBe(28);
    expect(new Set(data.series.storeId).size).toBe(10);
    expect(data.sales.reduce((a, b) => a + b, 0)).toBe(2892418); // awk over the file
    expect(data.calendar.dayCount).toBe(1913);
    expect(data.calendar.date[1912]).toBe("2016-04-24");
    expect(data.priceRowCount).toBe(65121);
    expect(data.weeks).toHaveLength(274);
    const eventTypes: Record<string, number> = {};
    for (const t of data.calendar.eventType1) if (t) eventTypes[t] = (eventTypes[t] ?? 0) + 1;
    expect(eventTypes).toEqual({ Cultural: 35, National: 51, Religious: 52, Sporting: 16 });
    const first = data.series.id.indexOf("FOODS_1_033_CA_1_validation");
    expect(m5PriceOn(data, first, 0)).toBeNaN(); // listed from week 11221 only
    expect(m5PriceOn(data, first, data.weeks.indexOf(11221) * 7 + 1)).toBe(5.09);
  });
});
