import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { join } from "node:path";
import { loadM5, loadM5Calendar, m5PriceOn } from "../src/index";
import { m5Files } from "./loader-fixtures";
import { makeTempDir, rejection, removeDir, writeFixture } from "./test-helpers";

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("m5");
});
afterAll(() => removeDir(dir));

async function m5Folder(name: string, edit: Partial<Record<"sales" | "calendar" | "prices", (text: string) => string>> = {}, days = 10) {
  const files = m5Files(days);
  const folder = join(dir, name);
  await writeFixture(folder, "sales_train_validation.csv", (edit.sales ?? ((t) => t))(files.sales));
  await writeFixture(folder, "calendar.csv", (edit.calendar ?? ((t) => t))(files.calendar));
  await writeFixture(folder, "sell_prices.csv", (edit.prices ?? ((t) => t))(files.prices));
  return folder;
}

describe("loadM5", () => {
  it("returns series metadata, a dense sales matrix, the calendar and weekly prices per series", async () => {
    const data = await loadM5(await m5Folder("ok"));
    expect(data).toMatchObject({ seriesCount: 4, dayCount: 10, firstDay: 1, priceRowCount: 4 * 3 - 1, skippedPriceRows: 0 });
    expect(data.series.id[1]).toBe("HOBBIES_2_010_CA_1_validation");
    expect(data.series.storeId).toEqual(["CA_1", "CA_1", "WI_2", "WI_2"]);
    expect(data.sales).toBeInstanceOf(Int32Array);
    expect(Array.from(data.sales.subarray(10, 20))).toEqual([3, 4, 0, 1, 2, 3, 4, 0, 1, 2]); // series 1: (3 + j) % 5
    expect(data.calendar.dayCount).toBe(17);
    expect(data.calendar.date[0]).toBe("2011-01-29");
    expect(data.calendar.weekday.slice(0, 2)).toEqual(["Saturday", "Sunday"]);
    expect(data.calendar.eventName1[2]).toBe("SuperBowl");
    expect(data.calendar.eventType1[2]).toBe("Sporting");
    expect(Array.from(data.calendar.snapCA.subarray(0, 4))).toEqual([0, 1, 0, 1]);
    expect(Array.from(data.weeks)).toEqual([11101, 11102, 11103]);
    expect(Array.from(data.dayWeek.subarray(5, 9))).toEqual([0, 0, 1, 1]);
    expect(m5PriceOn(data, 0, 0)).toBeNaN(); // not on sale in week 1
    expect(m5PriceOn(data, 0, 7)).toBe(2.01);
    expect(m5PriceOn(data, 3, 15)).toBe(5.02);
  });

  it("rejects bad sales: fractional or negative units, a gap in day columns, shifted ids", async () => {
    const messages: string[] = [];
    const cases: Array<[string, (t: string) => string]> = [
      ["units", (t) => t.replace("_CA_1_validation,FOODS_1_001,FOODS_1,FOODS,CA_1,CA,0,1", "_CA_1_validation,FOODS_1_001,FOODS_1,FOODS,CA_1,CA,0,1.5")],
      ["negative", (t) => t.replace(/(WI_2,WI,\d,\d),\d/, "$1,-1")],
      ["gap", (t) => t.replace("d_4,", "d_40,")],
      ["shifted", (t) => t.replace("FOODS_1,FOODS,CA_1,CA", "FOODS,FOODS_1,CA_1,CA")],
    ];
    for (const [name, edit] of cases) messages.push((await rejection(loadM5(await m5Folder(name, { sales: edit })))).message);
    expect(messages).toEqual([
      'sales_train_validation.csv line 2, column "d_2": expected a non-negative integer, got "1.5"',
      'sales_train_validation.csv line 4, column "d_3": expected a non-negative integer, got "-1"',
      "sales_train_validation.csv line 1, column 10: expected d_4 (day columns are consecutive), got \"d_40\"",
      'sales_train_validation.csv line 2, column "dept_id": expected a department of category FOODS_1 (FOODS_1_<n>), got "FOODS"',
    ]);
  });

  it("rejects a calendar that skips a day, disagrees with its dates, or ends before the sales", async () => {
    const skip = await rejection(loadM5Calendar(await writeFixture(dir, "cal1/calendar.csv", m5Files(5).calendar.replace("2011-02-01", "2011-02-02"))));
    expect(skip.message).toBe('calendar.csv line 5, column "date": expected 2011-02-01 (one row per consecutive day), got "2011-02-02"');
    const wday = await rejection(loadM5Calendar(await writeFixture(dir, "cal2/calendar.csv", m5Files(5).calendar.replace("Sunday,2,", "Sunday,3,"))));
    expect(wday.message).toBe('calendar.csv line 3, column "wday": expected 2 (Sunday; 1 = Saturday), got "3"');
    const short = await rejection(loadM5(await m5Folder("short-cal", { calendar: (t) => t.split("\n").slice(0, 9).join("\n") + "\n" })));
    expect(short.message).toBe(
      'calendar.csv line 10, column "d": expected days up to d_10, the last sales day of sales_train_validation.csv, got the end of the file after d_8',
    );
  });

  it("rejects prices for unknown series, weeks outside the calendar, non-positive or duplicate prices", async () => {
    const cases: Array<[string, (t: string) => string]> = [
      ["store", (t) => t.replace("WI_2,FOODS_1_001,11101", "TX_9,FOODS_1_001,11101")],
      ["item", (t) => t.replace("WI_2,FOODS_1_001,11101", "WI_2,FOODS_9_999,11101")],
      ["week", (t) => t.replace("WI_2,FOODS_1_001,11101", "WI_2,FOODS_1_001,11150")],
      ["price", (t) => t.replace(/WI_2,FOODS_1_001,11101,[\d.]+/, "WI_2,FOODS_1_001,11101,0")],
      ["duplicate", (t) => t.replace("WI_2,FOODS_1_001,11102", "WI_2,FOODS_1_001,11101")],
    ];
    const messages: string[] = [];
    for (const [name, edit] of cases) messages.push((await rejection(loadM5(await m5Folder(`p-${name}`, { prices: edit })))).message);
    expect(messages).toEqual([
      'sell_prices.csv line 7, column "store_id": expected a store/item pair with a sales series (TX_9/FOODS_1_001 has none), got "TX_9"',
      'sell_prices.csv line 7, column "item_id": expected a store/item pair with a sales series (WI_2/FOODS_9_999 has none), got "FOODS_9_999"',
      'sell_prices.csv line 7, column "wm_yr_wk": expected a week of the calendar (11101..11103), got "11150"',
      'sell_prices.csv line 7, column "sell_price": expected a positive price, got "0"',
      'sell_prices.csv line 8, column "wm_yr_wk": expected one price per store, item and week (WI_2/FOODS_1_001 week 11101 is listed twice), got "11101"',
    ]);
    const skipped = await loadM5(await m5Folder("p-skip", { prices: cases[0]![1] }), { unknownSeries: "skip" });
    expect(skipped.skippedPriceRows).toBe(1);
  });

  it("prefers sales_train_evaluation.csv when both sales files are present", async () => {
    const folder = await m5Folder("both");
    await writeFixture(folder, "sales_train_evaluation.csv", m5Files(12).sales.replaceAll("_validation", "_evaluation"));
    const data = await loadM5(folder);
    expect(data.dayCount).toBe(12);
    expect(data.series.id[0]).toMatch(/_evaluation$/);
  });
});
