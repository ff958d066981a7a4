// The M5 calendar (calendar.csv) computed from its rules rather than copied: day d_1 is 2011-01-29, weeks are
// Walmart fiscal weeks (Saturday to Friday, coded 1YYWW), events and SNAP days follow M5's conventions. Public
// holiday dates are facts, not data; where no rule gives them (lunar and sporting dates) a table lists 2011-2016,
// the years M5 covers, and later years simply carry no such events.

export const M5_FIRST_DATE = "2011-01-29";
const DAY_MS = 86_400_000;

export type EventType = "Sporting" | "Cultural" | "National" | "Religious";

export interface CalendarDay {
  /** 1-based M5 day number (d_1 = 2011-01-29). */
  d: number;
  date: string;
  /** Walmart week code, e.g. 11101. */
  wmYrWk: number;
  weekday: string;
  /** 1 = Saturday ... 7 = Friday, as M5 numbers them. */
  wday: number;
  month: number;
  year: number;
  /** Day of the month, 1-31. */
  dayOfMonth: number;
  /** Day of the year, 0-365 (seasonality). */
  dayOfYear: number;
  events: { name: string; type: EventType }[];
  snap: { CA: 0 | 1; TX: 0 | 1; WI: 0 | 1 };
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

// SNAP benefits days per state, as in M5 (the same days of every month).
const SNAP_DAYS = {
  CA: new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
  TX: new Set([1, 3, 5, 6, 7, 9, 11, 12, 13, 15]),
  WI: new Set([2, 3, 5, 6, 8, 9, 11, 12, 14, 15]),
};

// Dates with no simple rule (lunar calendars, sports seasons), 2011-2016, as listed in M5's calendar.
const TABLE_EVENTS: { name: string; type: EventType; dates: string[] }[] = [
  { name: "Purim End", type: "Religious", dates: ["2011-03-20", "2012-03-08", "2013-02-24", "2014-03-16", "2015-03-05", "2016-03-24"] },
  { name: "Pesach End", type: "Religious", dates: ["2011-04-26", "2012-04-14", "2013-04-02", "2014-04-22", "2015-04-11", "2016-04-30"] },
  { name: "NBAFinalsStart", type: "Sporting", dates: ["2011-05-31", "2012-06-12", "2013-06-06", "2014-06-05", "2015-06-04", "2016-06-02"] },
  { name: "NBAFinalsEnd", type: "Sporting", dates: ["2011-06-12", "2012-06-21", "2013-06-20", "2014-06-15", "2015-06-16", "2016-06-19"] },
  { name: "Ramadan starts", type: "Religious", dates: ["2011-08-01", "2012-07-20", "2013-07-09", "2014-06-29", "2015-06-18", "2016-06-07"] },
  { name: "Eid al-Fitr", type: "Religious", dates: ["2011-08-31", "2012-08-19", "2013-08-08", "2014-07-29", "2015-07-18"] },
  { name: "EidAlAdha", type: "Religious", dates: ["2011-11-07", "2012-10-26", "2013-10-15", "2014-10-04", "2015-09-24"] },
  { name: "Chanukah End", type: "Religious", dates: ["2011-12-28", "2012-12-16", "2013-12-05", "2014-12-24", "2015-12-14"] },
];

function utc(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day);
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The n-th (1-based; -1 = last) given weekday (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = new Date(utc(year, month, 1)).getUTCDay();
    return utc(year, month, 1 + ((weekday - first + 7) % 7) + 7 * (n - 1));
  }
  const lastDay = new Date(utc(year, month + 1, 0)).getUTCDate();
  const last = new Date(utc(year, month, lastDay)).getUTCDay();
  return utc(year, month, lastDay - ((last - weekday + 7) % 7));
}

/** Western Easter Sunday (anonymous Gregorian computus). */
function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month, day);
}

/** Orthodox Easter Sunday: Meeus' Julian computus, shifted 13 days to the Gregorian calendar (valid 1900-2099). */
function orthodoxEaster(year: number): number {
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  return utc(year, month, day) + 13 * DAY_MS;
}

/** Events of one calendar year that follow a rule, in M5's names and types. */
function ruleEvents(year: number): { ms: number; name: string; type: EventType }[] {
  const MON = 1;
  const THU = 4;
  const SUN = 0;
  const e = easter(year);
  return [
    { ms: utc(year, 1, 1), name: "NewYear", type: "National" },
    { ms: utc(year, 1, 7), name: "OrthodoxChristmas", type: "Religious" },
    { ms: nthWeekday(year, 1, MON, 3), name: "MartinLutherKingDay", type: "National" },
    { ms: nthWeekday(year, 2, SUN, 1), name: "SuperBowl", type: "Sporting" },
    { ms: utc(year, 2, 14), name: "ValentinesDay", type: "Cultural" },
    { ms: nthWeekday(year, 2, MON, 3), name: "PresidentsDay", type: "National" },
    { ms: e - 46 * DAY_MS, name: "LentStart", type: "Religious" },
    { ms: e - 39 * DAY_MS, name: "LentWeek2", type: "Religious" },
    { ms: utc(year, 3, 17), name: "StPatricksDay", type: "Cultural" },
    { ms: orthodoxEaster(year), name: "OrthodoxEaster", type: "Religious" },
    { ms: e, name: "Easter", type: "Cultural" },
    { ms: utc(year, 5, 5), name: "Cinco De Mayo", type: "Cultural" },
    { ms: nthWeekday(year, 5, SUN, 2), name: "Mother's day", type: "Cultural" },
    { ms: nthWeekday(year, 5, MON, -1), name: "MemorialDay", type: "National" },
    { ms: nthWeekday(year, 6, SUN, 3), name: "Father's day", type: "Cultural" },
    { ms: utc(year, 7, 4), name: "IndependenceDay", type: "National" },
    { ms: nthWeekday(year, 9, MON, 1), name: "LaborDay", type: "National" },
    { ms: nthWeekday(year, 10, MON, 2), name: "ColumbusDay", type: "National" },
    { ms: utc(year, 10, 31), name: "Halloween", type: "Cultural" },
    { ms: utc(year, 11, 11), name: "VeteransDay", type: "National" },
    { ms: nthWeekday(year, 11, THU, 4), name: "Thanksgiving", type: "National" },
    { ms: utc(year, 12, 25), name: "Christmas", type: "National" },
  ];
}

/** Walmart's fiscal year starts on the Saturday after the last Friday of January. */
function fiscalYearStart(year: number): number {
  const FRIDAY = 5;
  return nthWeekday(year, 1, FRIDAY, -1) + DAY_MS;
}

function walmartWeek(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  const fiscalYear = ms >= fiscalYearStart(year) ? year : year - 1;
  const week = Math.floor((ms - fiscalYearStart(fiscalYear)) / (7 * DAY_MS)) + 1;
  return 10_000 + (fiscalYear % 100) * 100 + week;
}

/** Calendar days d_1 .. d_`days` starting 2011-01-29, with weeks, events and SNAP flags. */
export function m5Calendar(days: number): CalendarDay[] {
  const start = Date.parse(`${M5_FIRST_DATE}T00:00:00Z`);
  const end = start + (days - 1) * DAY_MS;
  const events = new Map<number, { name: string; type: EventType }[]>();
  const add = (ms: number, name: string, type: EventType): void => {
    if (ms < start || ms > end) return;
    events.set(ms, [...(events.get(ms) ?? []), { name, type }]);
  };
  const firstYear = new Date(start).getUTCFullYear();
  const lastYear = new Date(end).getUTCFullYear();
  // Order on shared days mostly as M5 lists them (NBAFinalsEnd before Father's day, OrthodoxEaster first).
  for (const e of TABLE_EVENTS) for (const date of e.dates) add(Date.parse(`${date}T00:00:00Z`), e.name, e.type);
  for (let year = firstYear; year <= lastYear; year++) for (const e of ruleEvents(year)) add(e.ms, e.name, e.type);

  const calendar: CalendarDay[] = [];
  for (let i = 0; i < days; i++) {
    const ms = start + i * DAY_MS;
    const date = new Date(ms);
    const dayOfMonth = date.getUTCDate();
    const year = date.getUTCFullYear();
    const weekdayIndex = date.getUTCDay();
    calendar.push({
      d: i + 1,
      date: isoDate(ms),
      wmYrWk: walmartWeek(ms),
      weekday: WEEKDAYS[weekdayIndex] as string,
      wday: ((weekdayIndex + 1) % 7) + 1,
      month: date.getUTCMonth() + 1,
      year,
      dayOfMonth,
      dayOfYear: Math.floor((ms - utc(year, 1, 1)) / DAY_MS),
      events: (events.get(ms) ?? []).slice(0, 2),
      snap: {
        CA: SNAP_DAYS.CA.has(dayOfMonth) ? 1 : 0,
        TX: SNAP_DAYS.TX.has(dayOfMonth) ? 1 : 0,
        WI: SNAP_DAYS.WI.has(dayOfMonth) ? 1 : 0,
      },
    });
  }
  return calendar;
}

export const M5_CALENDAR_HEADER =
  "date,wm_yr_wk,weekday,wday,month,year,d,event_name_1,event_type_1,event_name_2,event_type_2,snap_CA,snap_TX,snap_WI";

/** calendar.csv text, in M5's column order, unquoted. */
export function m5CalendarCsv(calendar: readonly CalendarDay[]): string {
  const lines = [M5_CALENDAR_HEADER];
  for (const day of calendar) {
    const [first, second] = day.events;
    lines.push(
      [
        day.date,
        day.wmYrWk,
        day.weekday,
        day.wday,
        day.month,
        day.year,
        `d_${day.d}`,
        first?.name ?? "",
        first?.type ?? "",
        second?.name ?? "",
        second?.type ?? "",
        day.snap.CA,
        day.snap.TX,
        day.snap.WI,
      ].join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}
