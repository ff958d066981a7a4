import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { generateM5, loadM5, m5Calendar, m5PriceOn, readProvenance, type M5Data } from "../src/index";
import { makeTempDir, realFile, removeDir } from "./test-helpers";

let dir: string;
let data: M5Data;
beforeAll(async () => {
  dir = await makeTempDir("syn-m5");
  await generateM5(dir, { seed: 42 });
  data = await loadM5(dir);
});
afterAll(() => removeDir(dir));

const series = (s: number): Int32Array => data.sales.subarray(s * data.dayCount, (s + 1) * data.dayCount);

/** Syntetos-Boylan class of a series from its first sale on (ADI 1.32, CV² 0.49). */
function demandClass(values: Int32Array): string {
  const first = values.findIndex((v) => v > 0);
  const active = values.subarray(first);
  const nonZero = Array.from(active).filter((v) => v > 0);
  const adi = active.length / nonZero.length;
  const mean = nonZero.reduce((a, b) => a + b, 0) / nonZero.length;
  const cv2 = nonZero.reduce((a, b) => a + (b - mean) ** 2, 0) / nonZero.length / (mean * mean);
  return adi < 1.32 ? (cv2 < 0.49 ? "smooth" : "erratic") : cv2 < 0.49 ? "intermittent" : "lumpy";
}

describe("generateM5", () => {
  it("writes M5's three files: 24 items x 4 stores over 730 days, calendar and prices 28 days further", async () => {
    expect(data.seriesCount).toBe(96);
    expect(data.dayCount).toBe(730);
    expect(data.firstDay).toBe(1);
    expect(data.calendar.dayCount).toBe(758);
    expect(data.calendar.date[0]).toBe("2011-01-29");
    expect(data.calendar.date[757]).toBe("2013-02-24");
    expect(data.calendar.wmYrWk[0]).toBe(11101);
    expect(data.calendar.wmYrWk[364]).toBe(11201);
    expect(new Set(data.series.catId)).toEqual(new Set(["FOODS", "HOUSEHOLD", "HOBBIES"]));
    expect(new Set(data.series.stateId)).toEqual(new Set(["CA", "TX", "WI"]));
    expect(data.series.id[0]).toMatch(/^FOODS_1_\d{3}_CA_1_validation$/);
    expect(data.skippedPriceRows).toBe(0);
    // Prices are known for the horizon too (last calendar week).
    expect(Number.isNaN(m5PriceOn(data, 0, 757))).toBe(false);
    const header = (await readFile(join(dir, "sell_prices.csv"), "utf8")).split("\n")[0];
    expect(header).toBe("store_id,item_id,wm_yr_wk,sell_price");
    expect((await readProvenance("m5", dir)).kind).toBe("synthetic");
  });

  it("mixes smooth, erratic, intermittent and lumpy series, with many zero days", () => {
    const classes = new Map<string, number>();
    for (let s = 0; s < data.seriesCount; s++) {
      const c = demandClass(series(s));
      classes.set(c, (classes.get(c) ?? 0) + 1);
    }
    for (const c of ["smooth", "erratic", "intermittent", "lumpy"]) expect(classes.get(c) ?? 0).toBeGreaterThanOrEqual(10);
    const zeros = data.sales.filter((v) => v === 0).length / data.sales.length;
    expect(zeros).toBeGreaterThan(0.25);
    expect(zeros).toBeLessThan(0.65);
  });

  it("sells more at weekends, on SNAP days (food), with price cuts, and nothing on Christmas", () => {
    let weekend = 0;
    let midweek = 0;
    let weekendDays = 0;
    let midweekDays = 0;
    for (let j = 0; j < data.dayCount; j++) {
      let total = 0;
      for (let s = 0; s < data.seriesCount; s++) total += series(s)[j]!;
      const wday = data.calendar.wday[j]!;
      if (wday <= 2) {
        weekend += total;
        weekendDays++;
      } else if (wday >= 4 && wday <= 6) {
        midweek += total;
        midweekDays++;
      }
      if (data.calendar.eventName1[j] === "Christmas" || data.calendar.eventName2[j] === "Christmas") {
        expect(total).toBeLessThan(20);
      }
    }
    expect(weekend / weekendDays / (midweek / midweekDays)).toBeGreaterThan(1.15);

    let snapSum = 0;
    let snapDays = 0;
    let plainSum = 0;
    let plainDays = 0;
    let cutSum = 0;
    let cutDays = 0;
    let regularSum = 0;
    let regularDays = 0;
    for (let s = 0; s < data.seriesCount; s++) {
      const values = series(s);
      const prices = Array.from({ length: data.dayCount }, (_, j) => m5PriceOn(data, s, j));
      const listed = prices.filter((p) => !Number.isNaN(p)).sort((a, b) => a - b);
      const regular = listed[Math.floor(listed.length / 2)]!;
      for (let j = 0; j < data.dayCount; j++) {
        const price = prices[j]!;
        if (Number.isNaN(price)) continue;
        if (price < regular * 0.92) {
          cutSum += values[j]!;
          cutDays++;
        } else if (price === regular) {
          regularSum += values[j]!;
          regularDays++;
        }
        if (data.series.catId[s] === "FOODS" && data.series.stateId[s] === "CA") {
          if (data.calendar.snapCA[j] === 1) {
            snapSum += values[j]!;
            snapDays++;
          } else {
            plainSum += values[j]!;
            plainDays++;
          }
        }
      }
    }
    expect(snapSum / snapDays / (plainSum / plainDays)).toBeGreaterThan(1.03);
    expect(cutDays).toBeGreaterThan(500);
    expect(cutSum / cutDays / (regularSum / regularDays)).toBeGreaterThan(1.2);
  });

  const realCalendar = realFile("m5", "calendar.csv");
  (realCalendar ? it : it.skip)("computes the same calendar as M5's own (dates, weeks, events, SNAP) over d_1..d_1913", async () => {
    const real = (await readFile(realCalendar!, "utf8")).trim().split("\n").slice(1);
    const ours = m5Calendar(real.length);
    real.forEach((line, i) => {
      const f = line.split(",");
      const day = ours[i]!;
      expect([day.date, day.wmYrWk, day.weekday, day.wday, day.month, day.year, `d_${day.d}`]).toEqual([
        f[0],
        Number(f[1]),
        f[2],
        Number(f[3]),
        Number(f[4]),
        Number(f[5]),
        f[6],
      ]);
      // Events as a set: M5 itself lists Easter/OrthodoxEaster in either order on shared days.
      const realEvents = [`${f[7]}|${f[8]}`, `${f[9]}|${f[10]}`].filter((e) => e !== "|").sort();
      expect(day.events.map((e) => `${e.name}|${e.type}`).sort()).toEqual(realEvents);
      expect([day.snap.CA, day.snap.TX, day.snap.WI]).toEqual([Number(f[11]), Number(f[12]), Number(f[13])]);
    });
  });
});
