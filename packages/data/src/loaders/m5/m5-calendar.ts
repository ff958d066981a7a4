import { dirname } from "node:path";
import { cellError, flagCell, integerCell } from "../../csv/cells";
import { expectHeader } from "../../csv/expect-header";
import { readTable } from "../../csv/read-table";
import { readProvenance } from "../../provenance/read-provenance";
import type { Provenance } from "../../provenance/provenance-schema";
import type { LoadOptions } from "../load-options";
import { requireRows } from "../require-rows";
import { resolveInput } from "../resolve-input";

export const M5_CALENDAR_COLUMNS = [
  "date",
  "wm_yr_wk",
  "weekday",
  "wday",
  "month",
  "year",
  "d",
  "event_name_1",
  "event_type_1",
  "event_name_2",
  "event_type_2",
  "snap_CA",
  "snap_TX",
  "snap_WI",
] as const;

// M5 numbers weekdays from Saturday (wday 1), since Walmart weeks start on Saturday.
const WEEKDAYS = ["Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const DAY_MS = 86_400_000;

/** One entry per calendar day; row i is day d_(i+1). Absent events are "". */
export interface M5Calendar {
  file: string;
  dayCount: number;
  date: string[];
  wmYrWk: Int32Array;
  weekday: string[];
  /** 1 = Saturday ... 7 = Friday. */
  wday: Uint8Array;
  month: Uint8Array;
  year: Int32Array;
  eventName1: string[];
  eventType1: string[];
  eventName2: string[];
  eventType2: string[];
  snapCA: Uint8Array;
  snapTX: Uint8Array;
  snapWI: Uint8Array;
  provenance: Provenance;
}

/**
 * Load M5 `calendar.csv`. Rows must be consecutive days d_1, d_2, ... with dates one day apart,
 * weekday/wday/month/year agreeing with the date, and SNAP flags 0/1.
 */
export async function loadM5Calendar(pathOrDir: string, options: LoadOptions = {}): Promise<M5Calendar> {
  const { file } = await resolveInput(pathOrDir, "calendar.csv");
  const date: string[] = [];
  const weeks: number[] = [];
  const weekday: string[] = [];
  const wday: number[] = [];
  const month: number[] = [];
  const year: number[] = [];
  const events: [string[], string[], string[], string[]] = [[], [], [], []];
  const snaps: [number[], number[], number[]] = [[], [], []];
  let previousMs = 0;
  let previousWeek = 0;

  const summary = await readTable(
    file,
    { header: (fields, line) => expectHeader(file, line, fields, M5_CALENDAR_COLUMNS) },
    (fields, line) => {
      const index = date.length;
      const text = fields[0]!.trim();
      const ms = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : Number.NaN;
      if (Number.isNaN(ms)) throw cellError(file, line, "date", "a date YYYY-MM-DD", fields[0]!);
      if (index > 0 && ms !== previousMs + DAY_MS) {
        const expected = new Date(previousMs + DAY_MS).toISOString().slice(0, 10);
        throw cellError(file, line, "date", `${expected} (one row per consecutive day)`, fields[0]!);
      }
      previousMs = ms;
      const day = new Date(ms);

      const week = integerCell(fields[1]!, file, line, "wm_yr_wk", { min: 1 });
      if (week < previousWeek) throw cellError(file, line, "wm_yr_wk", `a week >= ${previousWeek} (weeks never go back)`, fields[1]!);
      previousWeek = week;

      const expectedWday = ((day.getUTCDay() + 1) % 7) + 1; // Saturday (getUTCDay 6) -> 1
      const name = fields[2]!.trim();
      if (name !== WEEKDAYS[expectedWday - 1]) throw cellError(file, line, "weekday", `${WEEKDAYS[expectedWday - 1]} (the weekday of ${text})`, fields[2]!);
      const w = integerCell(fields[3]!, file, line, "wday");
      if (w !== expectedWday) throw cellError(file, line, "wday", `${expectedWday} (${name}; 1 = Saturday)`, fields[3]!);
      const m = integerCell(fields[4]!, file, line, "month");
      if (m !== day.getUTCMonth() + 1) throw cellError(file, line, "month", `${day.getUTCMonth() + 1} (the month of ${text})`, fields[4]!);
      const y = integerCell(fields[5]!, file, line, "year");
      if (y !== day.getUTCFullYear()) throw cellError(file, line, "year", `${day.getUTCFullYear()} (the year of ${text})`, fields[5]!);
      if (fields[6]!.trim() !== `d_${index + 1}`) throw cellError(file, line, "d", `d_${index + 1} (rows are consecutive days from d_1)`, fields[6]!);

      date.push(text);
      weeks.push(week);
      weekday.push(name);
      wday.push(w);
      month.push(m);
      year.push(y);
      for (let k = 0; k < 4; k++) events[k]!.push(fields[7 + k]!.trim());
      for (let k = 0; k < 3; k++) snaps[k]!.push(flagCell(fields[11 + k]!, file, line, M5_CALENDAR_COLUMNS[11 + k]!));
    },
  );
  requireRows(file, summary.rows, summary.lines);
  return {
    file,
    dayCount: date.length,
    date,
    wmYrWk: Int32Array.from(weeks),
    weekday,
    wday: Uint8Array.from(wday),
    month: Uint8Array.from(month),
    year: Int32Array.from(year),
    eventName1: events[0],
    eventType1: events[1],
    eventName2: events[2],
    eventType2: events[3],
    snapCA: Uint8Array.from(snaps[0]),
    snapTX: Uint8Array.from(snaps[1]),
    snapWI: Uint8Array.from(snaps[2]),
    provenance: options.provenance ?? (await readProvenance("m5", dirname(file))),
  };
}
