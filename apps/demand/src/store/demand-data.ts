// Moves demand data between the pipeline's arrays and the store's rows: seeding writes series, prices and the
// calendar; the dashboard reads them back to re-forecast, run what-ifs and compute orders with the saved model.
import type { Provenance } from "@verticals/data";
import { calendarFromRows, calendarWeeks, STATES_WITH_SNAP, type DemandData } from "../pipeline/dataset";
import { demandProfile } from "../pipeline/demand-class";
import type { Store } from "./client";
import type { CalendarRow, SeriesRow } from "./queries";

export function calendarRows(data: Pick<DemandData, "calendar">): CalendarRow[] {
  const c = data.calendar;
  return c.date.map((date, t) => {
    const [name1, type1, name2, type2] = c.events[t]!;
    return {
      day: t + 1,
      date,
      wmYrWk: c.week[t]!,
      eventName1: name1 || null,
      eventType1: type1 || null,
      eventName2: name2 || null,
      eventType2: type2 || null,
      snapCA: c.snap.CA?.[t] === 1,
      snapTX: c.snap.TX?.[t] === 1,
      snapWI: c.snap.WI?.[t] === 1,
    };
  });
}

export function seriesRows(data: DemandData): SeriesRow[] {
  const { weeks, dayWeek } = calendarWeeks(data.calendar);
  return data.series.map((s, i) => {
    const profile = demandProfile(data.sales[i]!, data.days);
    const weekly: (number | null)[] = new Array(weeks.length).fill(null);
    const prices = data.prices[i]!;
    for (let t = 0; t < data.calendar.length; t++) {
      const w = dayWeek[t]!;
      if (weekly[w] === null && !Number.isNaN(prices[t]!)) weekly[w] = prices[t]!;
    }
    return {
      ...s,
      demandClass: profile.demandClass,
      adi: profile.adi,
      cv2: profile.cv2,
      lastDay: data.days,
      sales: Array.from(data.sales[i]!),
      prices: weekly,
    };
  });
}

/** Rebuilds the pipeline's arrays from the store (all series must end on the same day, as uploads keep them). */
export async function loadDemandDataFromStore(store: Store, provenance: Provenance): Promise<DemandData> {
  const [series, days] = await Promise.all([
    store.series.findMany({ orderBy: [{ storeId: "asc" }, { itemId: "asc" }] }),
    store.calendarDay.findMany({ orderBy: { day: "asc" } }),
  ]);
  if (series.length === 0) throw new Error("the store holds no series yet: run `pnpm verticals demo` (or `seed`) first");
  const lastDays = new Set(series.map((s) => s.lastDay));
  if (lastDays.size !== 1) throw new Error(`stored series end on different days (${[...lastDays].join(", ")}); the store is inconsistent`);
  const calendar = calendarFromRows(
    days.map((d) => ({
      date: d.date,
      week: d.wmYrWk,
      events: [d.eventName1 ?? "", d.eventType1 ?? "", d.eventName2 ?? "", d.eventType2 ?? ""] as [string, string, string, string],
      snap: Object.fromEntries(STATES_WITH_SNAP.map((state) => [state, state === "CA" ? d.snapCA : state === "TX" ? d.snapTX : d.snapWI])),
    })),
  );
  const { dayWeek } = calendarWeeks(calendar);
  const dayCount = series[0]!.lastDay;
  return {
    series: series.map((s) => ({ id: s.id, itemId: s.itemId, deptId: s.deptId, catId: s.catId, storeId: s.storeId, stateId: s.stateId })),
    days: dayCount,
    sales: series.map((s) => Float64Array.from(JSON.parse(s.salesJson) as number[])),
    calendar,
    prices: series.map((s) => {
      const weekly = JSON.parse(s.pricesJson) as (number | null)[];
      return Float64Array.from(dayWeek, (w) => weekly[w] ?? Number.NaN);
    }),
    provenance,
    files: { sales: "store:series", calendar: "store:calendar_days", prices: "store:series.pricesJson" },
  };
}
