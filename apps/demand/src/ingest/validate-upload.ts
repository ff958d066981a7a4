// Checks an uploaded sales file in the M5 layout (id, item_id, dept_id, cat_id, store_id, state_id, d_<n>, ...)
// before anything is stored: the days must continue the stored history without a gap or overlap and lie in the
// calendar, every stored series must appear exactly once with ids matching the store, and every cell must be a
// whole number of units >= 0. Problems name the line (1 = header) and column, as a planner sees them in a
// spreadsheet; the file is accepted whole or not at all.
// The subpath, not the package index: a Next.js route importing the index would trace its file generators.
import { splitCsvLine } from "@verticals/data/csv-line";

/** Most units one upload may hold in total (Upload.units is a 32-bit integer). */
export const MAX_UPLOAD_UNITS = 2_147_483_647;

export const ID_COLUMNS = ["id", "item_id", "dept_id", "cat_id", "store_id", "state_id"] as const;
/** At most this many problems are listed (the count says how many there were). */
export const MAX_LISTED_PROBLEMS = 20;

export interface UploadProblem {
  /** 1-based line of the file (1 = header); absent for file-wide problems. */
  line?: number;
  column?: string;
  message: string;
}

export interface KnownSeries {
  id: string;
  itemId: string;
  deptId: string;
  catId: string;
  storeId: string;
  stateId: string;
}

export interface UploadContext {
  series: readonly KnownSeries[];
  /** Last stored sales day (d number); the upload must start at lastDay + 1. */
  lastDay: number;
  /** Last calendar day known (d number). */
  calendarDays: number;
}

export interface AcceptedUpload {
  ok: true;
  firstDay: number;
  lastDay: number;
  /** Units per series id, one value per uploaded day. */
  units: Map<string, number[]>;
  totalUnits: number;
}

export interface RejectedUpload {
  ok: false;
  problems: UploadProblem[];
  /** Total problems found (more than listed when the file is badly broken). */
  problemCount: number;
}

export type UploadResult = AcceptedUpload | RejectedUpload;

class Problems {
  readonly list: UploadProblem[] = [];
  count = 0;
  add(problem: UploadProblem): void {
    this.count++;
    if (this.list.length < MAX_LISTED_PROBLEMS) this.list.push(problem);
  }
  get full(): boolean {
    return this.count >= MAX_LISTED_PROBLEMS * 5;
  }
}

const dayNumber = (name: string): number | undefined => {
  const match = /^d_(\d+)$/.exec(name.trim());
  return match ? Number(match[1]) : undefined;
};

const show = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

export function validateUpload(text: string, context: UploadContext): UploadResult {
  const problems = new Problems();
  const reject = (): RejectedUpload => ({ ok: false, problems: problems.list, problemCount: problems.count });
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === "") lines.pop();
  if (lines.length === 0) {
    problems.add({ message: "the file is empty: expected a header line (id,item_id,dept_id,cat_id,store_id,state_id,d_<n>,...) and one line per series" });
    return reject();
  }
  let header: string[];
  try {
    header = splitCsvLine(lines[0]!, ",").map((f) => f.trim());
  } catch (error) {
    problems.add({ line: 1, message: `the header cannot be read as CSV (${(error as Error).message})` });
    return reject();
  }
  ID_COLUMNS.forEach((name, c) => {
    if (header[c] !== name) problems.add({ line: 1, column: `column ${c + 1}`, message: `expected header ${show(name)}, got ${show(header[c] ?? "nothing")}` });
  });
  if (problems.count > 0) return reject();
  const dayNames = header.slice(ID_COLUMNS.length);
  if (dayNames.length === 0) {
    problems.add({ line: 1, message: "no day columns after state_id: expected d_<n> columns with the new days' sales" });
    return reject();
  }
  const expectedFirst = context.lastDay + 1;
  const firstDay = dayNumber(dayNames[0]!);
  if (firstDay === undefined) {
    problems.add({ line: 1, column: dayNames[0]!, message: `expected a day column d_${expectedFirst}, got ${show(dayNames[0]!)}` });
    return reject();
  }
  if (firstDay <= context.lastDay) {
    problems.add({ line: 1, column: dayNames[0]!, message: `d_${firstDay} is already stored (the store holds d_1..d_${context.lastDay}): upload days from d_${expectedFirst} on` });
  } else if (firstDay > expectedFirst) {
    const gap = firstDay - 1 === expectedFirst ? `d_${expectedFirst} is` : `d_${expectedFirst}..d_${firstDay - 1} are`;
    problems.add({ line: 1, column: dayNames[0]!, message: `gap: the store ends at d_${context.lastDay}, so ${gap} missing before d_${firstDay}` });
  }
  dayNames.forEach((name, k) => {
    const day = dayNumber(name);
    const wanted = firstDay + k;
    if (day !== wanted) problems.add({ line: 1, column: name || `column ${ID_COLUMNS.length + k + 1}`, message: `expected d_${wanted} (day columns must be consecutive), got ${show(name)}` });
  });
  const lastDay = firstDay + dayNames.length - 1;
  if (lastDay > context.calendarDays) {
    problems.add({ line: 1, column: `d_${lastDay}`, message: `the calendar ends at d_${context.calendarDays}: days after it cannot be stored (no date, events or prices known)` });
  }
  if (problems.count > 0) return reject();

  const byId = new Map(context.series.map((s) => [s.id, s]));
  const seenOn = new Map<string, number>();
  const units = new Map<string, number[]>();
  let totalUnits = 0;
  for (let r = 1; r < lines.length && !problems.full; r++) {
    const lineNo = r + 1;
    const raw = lines[r]!;
    if (raw.trim() === "") {
      problems.add({ line: lineNo, message: "empty line: expected one series per line" });
      continue;
    }
    let fields: string[];
    try {
      fields = splitCsvLine(raw, ",");
    } catch (error) {
      problems.add({ line: lineNo, message: `cannot be read as CSV (${(error as Error).message})` });
      continue;
    }
    if (fields.length !== header.length) {
      problems.add({ line: lineNo, message: `expected ${header.length} fields like the header, got ${fields.length}` });
      continue;
    }
    const id = fields[0]!.trim();
    const known = byId.get(id);
    if (!known) {
      problems.add({ line: lineNo, column: "id", message: `unknown series ${show(id)}: not in the store (uploads add days to existing series, not new series)` });
      continue;
    }
    const previous = seenOn.get(id);
    if (previous !== undefined) {
      problems.add({ line: lineNo, column: "id", message: `series ${show(id)} is already on line ${previous}` });
      continue;
    }
    seenOn.set(id, lineNo);
    const expectedIds = [known.id, known.itemId, known.deptId, known.catId, known.storeId, known.stateId];
    for (let c = 1; c < ID_COLUMNS.length; c++) {
      if (fields[c]!.trim() !== expectedIds[c]) problems.add({ line: lineNo, column: ID_COLUMNS[c]!, message: `expected ${show(expectedIds[c]!)} for series ${id}, got ${show(fields[c]!)}` });
    }
    const values: number[] = [];
    for (let k = 0; k < dayNames.length; k++) {
      const cell = fields[ID_COLUMNS.length + k]!.trim();
      const column = dayNames[k]!;
      if (cell === "") {
        problems.add({ line: lineNo, column, message: "missing value: every series needs a sales figure for every uploaded day (0 when nothing sold)" });
        continue;
      }
      if (!/^[+-]?\d+(\.\d+)?$/.test(cell) && !/^[+-]?\.\d+$/.test(cell)) {
        problems.add({ line: lineNo, column, message: `expected a whole number of units, got ${show(cell)}` });
        continue;
      }
      const value = Number(cell);
      if (!Number.isInteger(value)) {
        problems.add({ line: lineNo, column, message: `expected a whole number of units, got ${show(cell)} (not an integer)` });
        continue;
      }
      if (value < 0) {
        problems.add({ line: lineNo, column, message: `expected units >= 0, got ${show(cell)} (returns are not sales)` });
        continue;
      }
      if (value > 1_000_000) {
        problems.add({ line: lineNo, column, message: `expected a plausible daily unit count (<= 1,000,000), got ${show(cell)}` });
        continue;
      }
      values.push(value);
      totalUnits += value;
    }
    units.set(id, values);
  }
  if (!problems.full) {
    const missing = context.series.filter((s) => !seenOn.has(s.id));
    if (missing.length > 0) {
      const shown = missing.slice(0, 5).map((s) => s.id).join(", ");
      problems.add({ message: `missing rows for ${missing.length} of ${context.series.length} series (${shown}${missing.length > 5 ? ", …" : ""}): every series needs every uploaded day` });
    }
  }
  // The upload's total is stored as a 32-bit integer (as on PostgreSQL): a file beyond it is refused here, not by the database.
  if (!problems.full && totalUnits > MAX_UPLOAD_UNITS) {
    problems.add({ message: `the file holds ${totalUnits.toLocaleString("en-US")} units in total; at most ${MAX_UPLOAD_UNITS.toLocaleString("en-US")} are accepted per upload: split it by days` });
  }
  if (problems.count > 0) return reject();
  return { ok: true, firstDay, lastDay, units, totalUnits };
}
