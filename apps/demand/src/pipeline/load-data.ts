// Reads an M5 folder into the demand arrays (see dataset.ts) through @verticals/data. Kept apart from dataset.ts
// so the dashboard, which only rebuilds arrays from the store, never bundles the file loaders and generators.
import { loadM5, type M5Data } from "@verticals/data";
import { EVENT_TYPES, type DemandCalendar, type DemandData, type EventType, type SeriesInfo } from "./dataset";

/** Loads an M5 folder (sales_train_*.csv, calendar.csv, sell_prices.csv). */
export async function loadDemandData(dir: string): Promise<DemandData> {
  const m5 = await loadM5(dir, { unknownSeries: "skip" });
  return fromM5(m5);
}

export function fromM5(m5: M5Data): DemandData {
  if (m5.firstDay !== 1) {
    throw new Error(`${m5.files.sales}: sales start at d_${m5.firstDay}; the demand pipeline needs the full history from d_1`);
  }
  const series: SeriesInfo[] = m5.series.id.map((id, s) => ({
    id,
    itemId: m5.series.itemId[s]!,
    deptId: m5.series.deptId[s]!,
    catId: m5.series.catId[s]!,
    storeId: m5.series.storeId[s]!,
    stateId: m5.series.stateId[s]!,
  }));
  const days = m5.dayCount;
  const sales = series.map((_, s) => Float64Array.from(m5.sales.subarray(s * days, (s + 1) * days)));
  const calendar = toCalendar(m5);
  const weekCount = m5.weeks.length;
  const prices = series.map((_, s) => {
    const daily = new Float64Array(calendar.length);
    for (let t = 0; t < calendar.length; t++) daily[t] = m5.prices[s * weekCount + m5.dayWeek[t]!]!;
    return daily;
  });
  return { series, days, sales, calendar, prices, provenance: m5.provenance, files: m5.files };
}

function toCalendar(m5: M5Data): DemandCalendar {
  const c = m5.calendar;
  const n = c.dayCount;
  const dow = new Uint8Array(n);
  const dayOfMonth = new Uint8Array(n);
  const eventType = new Uint8Array(n);
  const eventName: string[] = [];
  for (let t = 0; t < n; t++) {
    // M5's wday counts from Saturday (1); 0 = Monday reads more naturally in features and charts.
    dow[t] = (c.wday[t]! + 4) % 7;
    dayOfMonth[t] = Number(c.date[t]!.slice(8, 10));
    const type = EVENT_TYPES.indexOf(c.eventType1[t] as EventType);
    eventType[t] = type < 0 ? 0 : type;
    eventName.push([c.eventName1[t], c.eventName2[t]].filter(Boolean).join(" + "));
  }
  return {
    length: n,
    date: c.date.slice(),
    week: Int32Array.from(c.wmYrWk),
    dow,
    month: Uint8Array.from(c.month),
    dayOfMonth,
    eventType,
    eventName,
    snap: { CA: Uint8Array.from(c.snapCA), TX: Uint8Array.from(c.snapTX), WI: Uint8Array.from(c.snapWI) },
    events: c.date.map((_, t) => [c.eventName1[t]!, c.eventType1[t]!, c.eventName2[t]!, c.eventType2[t]!]),
  };
}

