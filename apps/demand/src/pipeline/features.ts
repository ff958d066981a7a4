// Direct multi-horizon features: one row per (series, forecast origin T, days ahead h), describing the series
// as it stood at T (recent levels, weekday pattern, zero share, last year's same days, days off the shelf) and
// what is known in advance about target day t = T + h - 1 (weekday, month, events, SNAP). Sales features are
// divided by the series' own level, so one global model serves slow and fast sellers alike; the level itself
// enters the model as an offset (log scale) and as a feature. Shelf prices are deliberately not features: M5
// prices rarely move, and a network fed them learned price responses that often pointed the wrong way (a price
// rise selling more); price effects enter through the explicit elasticities of effects.ts instead. Prices still
// say whether an item is on sale at all (unlisted days are forecast as 0).
import { snapOf, type DemandData } from "./dataset";

const { ceil, log, log1p, max, min, sqrt } = Math;

export const FEATURE_NAMES = [
  "log_scale", "l1", "l2", "l3", "l4", "l5", "l6", "l7", "m7", "m14", "m28", "m56", "m112", "m364", "sd28",
  "zero28", "zero112", "log_days_since_sale", "same_dow_last", "same_dow_m4", "same_dow_m12", "lag28", "lag364", "m364_wk",
  "dow_ratio_52w", "h", "dow", "month", "mday", "snap", "ev_type", "ev_prev", "ev_next", "christmas", "unlisted_days_28",
  "item", "store", "dept", "cat", "state",
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export const FEATURE_COUNT = FEATURE_NAMES.length;
export const FEATURE_INDEX = Object.fromEntries(FEATURE_NAMES.map((name, j) => [name, j])) as Record<FeatureName, number>;
const F = FEATURE_INDEX;

/** Days of history a training origin needs (a year of lags plus the 28-day window). */
export const MIN_HISTORY = 400;

export interface Codes {
  item: string[];
  store: string[];
  dept: string[];
  cat: string[];
  state: string[];
}

/** Sorted distinct ids per level: the categorical codes (also what the model's one-hot layout depends on). */
export function codesOf(data: Pick<DemandData, "series">): Codes {
  const distinct = (pick: (s: DemandData["series"][number]) => string) => [...new Set(data.series.map(pick))].sort();
  return {
    item: distinct((s) => s.itemId),
    store: distinct((s) => s.storeId),
    dept: distinct((s) => s.deptId),
    cat: distinct((s) => s.catId),
    state: distinct((s) => s.stateId),
  };
}

/** Running sums and price summaries of one dataset, computed once and shared by every row. */
export interface FeatureContext {
  data: DemandData;
  codes: Codes;
  /** Per series: cumulative sums of sales, squared sales and sale days (length days + 1). */
  cum: Float64Array[];
  cumSq: Float64Array[];
  cumSaleDays: Float64Array[];
  /** Per series and day: the last day <= t with a sale, -1 before the first. */
  lastSale: Int32Array[];
  /** Per series: first day with a sale (-1 if none). */
  firstSale: Int32Array;
  /** Per series over calendar days: cumulative count of days with a listed price (the item was on sale). */
  priceCount: Float64Array[];
  seriesCodes: Int32Array[];
  snap: Uint8Array[];
  christmas: Uint8Array;
}

export function featureContext(data: DemandData, codes: Codes = codesOf(data)): FeatureContext {
  const calendarDays = data.calendar.length;
  const cum: Float64Array[] = [];
  const cumSq: Float64Array[] = [];
  const cumSaleDays: Float64Array[] = [];
  const lastSale: Int32Array[] = [];
  const firstSale = new Int32Array(data.series.length).fill(-1);
  data.sales.forEach((y, s) => {
    const n = data.days;
    const c = new Float64Array(n + 1);
    const c2 = new Float64Array(n + 1);
    const cz = new Float64Array(n + 1);
    const last = new Int32Array(n);
    let latest = -1;
    for (let t = 0; t < n; t++) {
      const v = y[t]!;
      c[t + 1] = c[t]! + v;
      c2[t + 1] = c2[t]! + v * v;
      cz[t + 1] = cz[t]! + (v > 0 ? 1 : 0);
      if (v > 0) {
        latest = t;
        if (firstSale[s] === -1) firstSale[s] = t;
      }
      last[t] = latest;
    }
    cum.push(c);
    cumSq.push(c2);
    cumSaleDays.push(cz);
    lastSale.push(last);
  });
  const priceCount = data.prices.map((p) => {
    const listed = new Float64Array(calendarDays + 1);
    for (let t = 0; t < calendarDays; t++) listed[t + 1] = listed[t]! + (Number.isNaN(p[t]!) ? 0 : 1);
    return listed;
  });
  const seriesCodes = data.series.map((s) =>
    Int32Array.from([codes.item.indexOf(s.itemId), codes.store.indexOf(s.storeId), codes.dept.indexOf(s.deptId), codes.cat.indexOf(s.catId), codes.state.indexOf(s.stateId)]),
  );
  const snap = data.series.map((s) => snapOf(data.calendar, s.stateId));
  const christmas = Uint8Array.from(data.calendar.eventName, (name) => (name.includes("Christmas") ? 1 : 0));
  return { data, codes, cum, cumSq, cumSaleDays, lastSale, firstSale, priceCount, seriesCodes, snap, christmas };
}

/** The series' level at origin T: blend of the last 8 weeks and the last year, never 0. */
export function levelAt(ctx: FeatureContext, s: number, origin: number): number {
  const c = ctx.cum[s]!;
  const recent = (c[origin]! - c[max(0, origin - 56)]!) / min(56, origin);
  const year = (c[origin]! - c[max(0, origin - 364)]!) / min(364, origin);
  return 0.5 * recent + 0.5 * year + 0.05;
}

export interface FeatureRow {
  series: number;
  /** Forecast origin T: days of history used (features read days < T). */
  origin: number;
  /** Days ahead, 1 .. horizon: the target day is T + h - 1. */
  h: number;
}

/**
 * Writes the features of one row into out[offset ..]; returns the series' level (the model's offset).
 * `y` is the series' sales and must hold every day before the origin.
 */
export function fillFeatures(ctx: FeatureContext, row: FeatureRow, out: Float32Array, offset: number): number {
  const { series: s, origin: T, h } = row;
  const { data } = ctx;
  const y = data.sales[s]!;
  const calendar = data.calendar;
  const t = T + h - 1;
  if (T < 56 || T > data.days) throw new RangeError(`fillFeatures: origin ${T} must be within 56..${data.days} (history days)`);
  if (t >= calendar.length) throw new RangeError(`fillFeatures: target day ${t + 1} is past the calendar's last day d_${calendar.length}`);
  const c = ctx.cum[s]!;
  const c2 = ctx.cumSq[s]!;
  const cz = ctx.cumSaleDays[s]!;
  const scale = levelAt(ctx, s, T);
  const mean = (k: number) => (c[T]! - c[max(0, T - k)]!) / min(k, T) / scale;
  out[offset + F.log_scale] = log(scale);
  for (let k = 1; k <= 7; k++) out[offset + F.l1 + k - 1] = y[T - k]! / scale;
  out[offset + F.m7] = mean(7);
  out[offset + F.m14] = mean(14);
  out[offset + F.m28] = mean(28);
  out[offset + F.m56] = mean(56);
  out[offset + F.m112] = mean(112);
  out[offset + F.m364] = mean(364);
  const s1 = c[T]! - c[T - 28]!;
  const s2 = c2[T]! - c2[T - 28]!;
  out[offset + F.sd28] = sqrt(max(0, s2 / 28 - (s1 / 28) ** 2)) / scale;
  out[offset + F.zero28] = 1 - (cz[T]! - cz[T - 28]!) / 28;
  out[offset + F.zero112] = 1 - (cz[T]! - cz[max(0, T - 112)]!) / min(112, T);
  const last = ctx.lastSale[s]![T - 1]!;
  out[offset + F.log_days_since_sale] = log1p(last < 0 ? 1000 : T - 1 - last);
  // The latest observed day with the target's weekday, and averages over 4 and 12 such weeks.
  const back = ceil(h / 7) * 7;
  out[offset + F.same_dow_last] = y[t - back]! / scale;
  let sum4 = 0;
  let sum12 = 0;
  let sum52 = 0;
  for (let k = 0; k < 52; k++) {
    const u = t - back - 7 * k;
    if (u < 0) break;
    const v = y[u]!;
    if (k < 4) sum4 += v;
    if (k < 12) sum12 += v;
    sum52 += v;
  }
  out[offset + F.same_dow_m4] = (t - back - 21 >= 0 ? sum4 / 4 : Number.NaN) / scale;
  out[offset + F.same_dow_m12] = (t - back - 77 >= 0 ? sum12 / 12 : Number.NaN) / scale;
  out[offset + F.lag28] = y[t - 28]! / scale;
  out[offset + F.lag364] = t - 364 >= 0 ? y[t - 364]! / scale : Number.NaN;
  out[offset + F.m364_wk] = t - 367 >= 0 ? (c[t - 360]! - c[t - 367]!) / 7 / scale : Number.NaN;
  const yearMean = (c[T]! - c[max(0, T - 364)]!) / min(364, T);
  out[offset + F.dow_ratio_52w] = (sum52 / 52 + 0.05) / (yearMean + 0.05);
  out[offset + F.h] = h;
  out[offset + F.dow] = calendar.dow[t]!;
  out[offset + F.month] = calendar.month[t]!;
  out[offset + F.mday] = calendar.dayOfMonth[t]!;
  out[offset + F.snap] = ctx.snap[s]![t]!;
  out[offset + F.ev_type] = calendar.eventType[t]!;
  out[offset + F.ev_prev] = t > 0 ? calendar.eventType[t - 1]! : 0;
  out[offset + F.ev_next] = t + 1 < calendar.length ? calendar.eventType[t + 1]! : 0;
  out[offset + F.christmas] = ctx.christmas[t]!;
  const pn = ctx.priceCount[s]!;
  out[offset + F.unlisted_days_28] = 28 - (pn[T]! - pn[T - 28]!);
  const codes = ctx.seriesCodes[s]!;
  out[offset + F.item] = codes[0]!;
  out[offset + F.store] = codes[1]!;
  out[offset + F.dept] = codes[2]!;
  out[offset + F.cat] = codes[3]!;
  out[offset + F.state] = codes[4]!;
  return scale;
}

export interface FeatureMatrix {
  rows: FeatureRow[];
  /** rows.length x FEATURE_COUNT, row-major; NaN marks a missing value (no price, less than a year of history). */
  x: Float32Array;
  /** The series' level at the origin: the model predicts units as level x exp(network output). */
  scale: Float32Array;
  /** Units sold on the target day (NaN when it is beyond the sales). */
  target: Float32Array;
  /** 1 when the item was on sale that day (a price is listed); unlisted days are forecast as 0. */
  listed: Uint8Array;
}

export function buildFeatures(ctx: FeatureContext, rows: FeatureRow[]): FeatureMatrix {
  const n = rows.length;
  const x = new Float32Array(n * FEATURE_COUNT);
  const scale = new Float32Array(n);
  const target = new Float32Array(n);
  const listed = new Uint8Array(n);
  rows.forEach((row, k) => {
    scale[k] = fillFeatures(ctx, row, x, k * FEATURE_COUNT);
    const t = row.origin + row.h - 1;
    const y = ctx.data.sales[row.series]!;
    target[k] = t < ctx.data.days ? y[t]! : Number.NaN;
    listed[k] = Number.isNaN(ctx.data.prices[row.series]![t]!) ? 0 : 1;
  });
  return { rows, x, scale, target, listed };
}

/** Rows for forecasting every series h = 1 .. horizon days after `origin`. */
export function forecastRows(seriesCount: number, origin: number, horizon: number, series?: readonly number[]): FeatureRow[] {
  const rows: FeatureRow[] = [];
  for (const s of series ?? Array.from({ length: seriesCount }, (_, i) => i)) {
    for (let h = 1; h <= horizon; h++) rows.push({ series: s, origin, h });
  }
  return rows;
}
