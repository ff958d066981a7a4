// The demand data every other pipeline step reads: daily unit sales per item x store, the calendar (events,
// SNAP days) and the shelf price of each series on each calendar day. Loaded from the M5 files through
// @verticals/data, then laid out as plain typed arrays indexed by calendar day (t = 0 is d_1).
import type { Provenance } from "@verticals/data";

export const EVENT_TYPES = ["", "Cultural", "National", "Religious", "Sporting"] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const STATES_WITH_SNAP = ["CA", "TX", "WI"] as const;

export interface SeriesInfo {
  /** M5 id, e.g. FOODS_3_586_CA_1_validation. */
  id: string;
  itemId: string;
  deptId: string;
  catId: string;
  storeId: string;
  stateId: string;
}

export interface DemandCalendar {
  /** Calendar days d_1 .. d_n. */
  length: number;
  /** ISO dates. */
  date: string[];
  /** Walmart week (wm_yr_wk) of each day. */
  week: Int32Array;
  /** Day of week, 0 = Monday ... 6 = Sunday. */
  dow: Uint8Array;
  month: Uint8Array;
  dayOfMonth: Uint8Array;
  /** Index into EVENT_TYPES of event_type_1 (0 = no event). */
  eventType: Uint8Array;
  /** event_name_1 and event_name_2 joined with " + ", "" when none. */
  eventName: string[];
  /** SNAP flag per state code (CA, TX, WI). */
  snap: Record<string, Uint8Array>;
  /** The calendar's own event columns: event_name_1, event_type_1, event_name_2, event_type_2 ("" when none). */
  events: [string, string, string, string][];
}

export interface DemandData {
  series: SeriesInfo[];
  /** Sales days per series (all series share d_1 .. d_days). */
  days: number;
  /** sales[s][t]: units sold by series s on day d_(t+1). */
  sales: Float64Array[];
  calendar: DemandCalendar;
  /** prices[s][t]: shelf price of series s on calendar day t; NaN when it was not on sale that week. */
  prices: Float64Array[];
  provenance: Provenance;
  /** The files read, for fingerprints and messages. */
  files: { sales: string; calendar: string; prices: string };
}

/** Builds the calendar arrays from raw rows (as the store keeps them). */
export function calendarFromRows(rows: readonly { date: string; week: number; events: [string, string, string, string]; snap: Record<string, boolean> }[]): DemandCalendar {
  const n = rows.length;
  const calendar: DemandCalendar = {
    length: n,
    date: rows.map((r) => r.date),
    week: Int32Array.from(rows, (r) => r.week),
    dow: new Uint8Array(n),
    month: new Uint8Array(n),
    dayOfMonth: new Uint8Array(n),
    eventType: new Uint8Array(n),
    eventName: rows.map((r) => [r.events[0], r.events[2]].filter(Boolean).join(" + ")),
    snap: Object.fromEntries(STATES_WITH_SNAP.map((state) => [state, Uint8Array.from(rows, (r) => (r.snap[state] ? 1 : 0))])),
    events: rows.map((r) => r.events),
  };
  rows.forEach((r, t) => {
    const date = new Date(`${r.date}T00:00:00Z`);
    calendar.dow[t] = (date.getUTCDay() + 6) % 7;
    calendar.month[t] = date.getUTCMonth() + 1;
    calendar.dayOfMonth[t] = date.getUTCDate();
    const type = EVENT_TYPES.indexOf(r.events[1] as EventType);
    calendar.eventType[t] = type < 0 ? 0 : type;
  });
  return calendar;
}

/** Distinct weeks in calendar order and each day's index among them. */
export function calendarWeeks(calendar: Pick<DemandCalendar, "week" | "length">): { weeks: number[]; dayWeek: Int32Array } {
  const weeks: number[] = [];
  const dayWeek = new Int32Array(calendar.length);
  for (let t = 0; t < calendar.length; t++) {
    if (weeks.length === 0 || weeks[weeks.length - 1] !== calendar.week[t]) weeks.push(calendar.week[t]!);
    dayWeek[t] = weeks.length - 1;
  }
  return { weeks, dayWeek };
}

/** SNAP flags of a series' state; states without SNAP data get zeros. */
export function snapOf(calendar: DemandCalendar, stateId: string): Uint8Array {
  return calendar.snap[stateId] ?? new Uint8Array(calendar.length);
}

/** The same data with only the first `days` sales days (the rest held out as the test horizon). */
export function truncateSales(data: DemandData, days: number): DemandData {
  if (!Number.isInteger(days) || days < 1 || days > data.days) throw new RangeError(`truncateSales: days must be 1..${data.days}, got ${days}`);
  return { ...data, days, sales: data.sales.map((y) => y.slice(0, days)) };
}

/** Checks the calendar and prices reach `horizon` days past the last sales day. */
export function assertHorizonCovered(data: DemandData, horizon: number): void {
  const needed = data.days + horizon;
  if (data.calendar.length < needed) {
    throw new Error(
      `${data.files.calendar}: the calendar ends at d_${data.calendar.length} (${data.calendar.date[data.calendar.length - 1]}); ` +
        `a ${horizon}-day forecast after the last sales day d_${data.days} needs days up to d_${needed}`,
    );
  }
}
