// Small hand-made datasets for unit tests: a few series with known sales, a calendar and prices, built in memory.
import type { DemandData, SeriesInfo } from "../../src/pipeline/dataset";
import { calendarFromRows } from "../../src/pipeline/dataset";

const DAY_MS = 86_400_000;

/** `days` calendar days from 2011-01-29 (M5's d_1), Walmart weeks starting on Saturday. */
export function makeCalendar(days: number, events: Record<number, [string, string]> = {}) {
  const start = Date.parse("2011-01-29T00:00:00Z");
  return calendarFromRows(
    Array.from({ length: days }, (_, t) => {
      const [name, type] = events[t] ?? ["", ""];
      return {
        date: new Date(start + t * DAY_MS).toISOString().slice(0, 10),
        week: 11101 + Math.floor(t / 7),
        events: [name, type, "", ""] as [string, string, string, string],
        snap: { CA: t % 30 < 10, TX: (t + 5) % 30 < 10, WI: (t + 10) % 30 < 10 },
      };
    }),
  );
}

export function makeSeries(itemId: string, storeId: string): SeriesInfo {
  const [cat, dept] = [itemId.split("_")[0]!, itemId.split("_").slice(0, 2).join("_")];
  return { id: `${itemId}_${storeId}_validation`, itemId, deptId: dept, catId: cat, storeId, stateId: storeId.split("_")[0]! };
}

/** A dataset from explicit sales rows (all the same length); prices constant 2.5 unless given. */
export function makeData(series: SeriesInfo[], sales: number[][], options: { calendarDays?: number; prices?: number[][] } = {}): DemandData {
  const days = sales[0]!.length;
  const calendar = makeCalendar(options.calendarDays ?? days + 28);
  return {
    series,
    days,
    sales: sales.map((row) => Float64Array.from(row)),
    calendar,
    prices: series.map((_, i) => Float64Array.from({ length: calendar.length }, (_, t) => options.prices?.[i]?.[t] ?? 2.5)),
    provenance: { kind: "synthetic", dataset: "m5", name: "test fixture" },
    files: { sales: "fixture:sales", calendar: "fixture:calendar", prices: "fixture:prices" },
  };
}

/** A seeded pseudo-random count series (Poisson-like via inversion) for tests that need realistic noise. */
export function poissonSeries(length: number, rate: (t: number) => number, seed: number): number[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length }, (_, t) => {
    const lambda = rate(t);
    let k = 0;
    let p = Math.exp(-lambda);
    let cdf = p;
    const u = next();
    while (u > cdf && k < 1000) {
      k++;
      p *= lambda / k;
      cdf += p;
    }
    return k;
  });
}
