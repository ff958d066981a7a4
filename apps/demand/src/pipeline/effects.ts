// Explicit, readable effects for what-ifs, measured on the history (never on the forecast window):
// - own-price elasticity per category: a fixed-effects regression of log(1 + weekly units) on log(price), using
//   only a series' price moves relative to its own average and to the same item in other stores that week, with a
//   standard error clustered by series; prices rarely move in M5, so the estimate is shrunk toward a prior of
//   -1.5 (sd 1), typical of grocery, and flagged when the prior dominates;
// - event-day lift per category and event type, and the SNAP-day lift: sales on those days against the same
//   weekday one and two weeks before and after (days without events).
// The forecaster's network learns these effects too, but where prices rarely move (as in M5) its response to a
// price it has never seen can point the wrong way; a what-if must not. So what-ifs scale the network's forecast by
// these multipliers.
import { EVENT_TYPES, type DemandData } from "./dataset";

const { exp, log, log1p, max, min } = Math;

export interface ElasticityFit {
  /** Regression estimate (NaN when prices never moved). */
  estimate: number;
  /** Standard error clustered by series. */
  standardError: number;
  /** Series-weeks used. */
  rows: number;
  /** Share of the shrunk value that comes from the data (the rest from the prior). */
  dataWeight: number;
}

export interface DemandEffects {
  /** Own-price elasticity per category (units change by (new/old price)^elasticity), shrunk toward the prior. */
  elasticity: Record<string, number>;
  elasticityFit: Record<string, ElasticityFit>;
  /** Relative lift of an event day per category and event type (0.05 = +5%). */
  eventLift: Record<string, Record<string, number>>;
  /** How many event days each lift was measured on, per event type. */
  eventDays: Record<string, number>;
  /** Relative lift of a SNAP day per category. */
  snapLift: Record<string, number>;
}

/** Prior of own-price elasticities for grocery and general merchandise. */
export const ELASTICITY_PRIOR = { mean: -1.5, sd: 1 } as const;
/** The shrunk elasticity never says a price cut sells less. */
export const ELASTICITY_CEILING = -0.1;

/** Precision-weighted mean of the estimate and the prior. */
export function shrinkElasticity(fit: Pick<ElasticityFit, "estimate" | "standardError">): { value: number; dataWeight: number } {
  if (!Number.isFinite(fit.estimate) || !(fit.standardError > 0)) return { value: ELASTICITY_PRIOR.mean, dataWeight: 0 };
  const data = 1 / fit.standardError ** 2;
  const prior = 1 / ELASTICITY_PRIOR.sd ** 2;
  const value = (fit.estimate * data + ELASTICITY_PRIOR.mean * prior) / (data + prior);
  return { value: min(ELASTICITY_CEILING, value), dataWeight: data / (data + prior) };
}

/** Estimates the effects from sales days [0, end) (end defaults to all history). */
export function estimateEffects(data: DemandData, end = data.days, years = 3): DemandEffects {
  const categories = [...new Set(data.series.map((s) => s.catId))].sort();
  const elasticityFit: Record<string, ElasticityFit> = {};
  const elasticity: Record<string, number> = {};
  for (const c of categories) {
    const fit = priceElasticity(data, c, end, years);
    const shrunk = shrinkElasticity(fit);
    elasticityFit[c] = { ...fit, dataWeight: shrunk.dataWeight };
    elasticity[c] = shrunk.value;
  }
  const eventLift = Object.fromEntries(categories.map((c) => [c, Object.fromEntries(EVENT_TYPES.filter(Boolean).map((type) => [type, eventDayLift(data, c, type, end)]))]));
  const eventDays = Object.fromEntries(EVENT_TYPES.filter(Boolean).map((type) => [type, countEventDays(data, type, end)]));
  const snapLift = Object.fromEntries(categories.map((c) => [c, snapDayLift(data, c, end)]));
  return { elasticity, elasticityFit, eventLift, eventDays, snapLift };
}

function priceElasticity(data: DemandData, category: string, end: number, years: number): Omit<ElasticityFit, "dataWeight"> {
  const { calendar } = data;
  const start = max(0, end - round365(years));
  // Weekly units and price per series (weeks fully inside [start, end) with a price listed).
  interface Row {
    series: number;
    item: string;
    week: number;
    ly: number;
    lp: number;
  }
  const rows: Row[] = [];
  data.series.forEach((s, i) => {
    if (s.catId !== category) return;
    let t = start;
    while (t < end) {
      const week = calendar.week[t]!;
      let u = t;
      let units = 0;
      while (u < end && calendar.week[u] === week) units += data.sales[i]![u++]!;
      const price = data.prices[i]![t]!;
      if (u - t === 7 && price > 0) rows.push({ series: i, item: s.itemId, week, ly: log1p(units), lp: log(price) });
      t = u;
    }
  });
  if (rows.length === 0) return { estimate: Number.NaN, standardError: Number.NaN, rows: 0 };
  const mean = (key: (r: Row) => string) => {
    const sums = new Map<string, [number, number, number]>();
    for (const r of rows) {
      const k = key(r);
      const acc = sums.get(k) ?? [0, 0, 0];
      acc[0] += r.ly;
      acc[1] += r.lp;
      acc[2] += 1;
      sums.set(k, acc);
    }
    return (r: Row): [number, number] => {
      const acc = sums.get(key(r))!;
      return [acc[0] / acc[2], acc[1] / acc[2]];
    };
  };
  const bySeries = mean((r) => `${r.series}`);
  const byItemWeek = mean((r) => `${r.item}|${r.week}`);
  const byItem = mean((r) => r.item);
  const xs = new Float64Array(rows.length);
  const ys = new Float64Array(rows.length);
  let sxy = 0;
  let sxx = 0;
  rows.forEach((r, k) => {
    const [yMeanSeries, pMeanSeries] = bySeries(r);
    const [yMeanWeek, pMeanWeek] = byItemWeek(r);
    const [yMeanItem, pMeanItem] = byItem(r);
    ys[k] = r.ly - yMeanSeries - yMeanWeek + yMeanItem;
    xs[k] = r.lp - pMeanSeries - pMeanWeek + pMeanItem;
    sxy += xs[k]! * ys[k]!;
    sxx += xs[k]! * xs[k]!;
  });
  if (!(sxx > 1e-9)) return { estimate: Number.NaN, standardError: Number.NaN, rows: rows.length };
  const estimate = sxy / sxx;
  // Cluster-robust variance (clusters = series): sum over series of (sum x e)^2, over (sum x^2)^2.
  const score = new Map<number, number>();
  rows.forEach((r, k) => score.set(r.series, (score.get(r.series) ?? 0) + xs[k]! * (ys[k]! - estimate * xs[k]!)));
  let meat = 0;
  for (const v of score.values()) meat += v * v;
  return { estimate, standardError: Math.sqrt(meat) / sxx, rows: rows.length };
}

const round365 = (years: number) => Math.round(years * 365);

function categoryTotal(data: DemandData, category: string, t: number, state?: string): number {
  let sum = 0;
  data.series.forEach((s, i) => {
    if (s.catId === category && (!state || s.stateId === state)) sum += data.sales[i]![t]!;
  });
  return sum;
}

function countEventDays(data: DemandData, type: string, end: number): number {
  const code = EVENT_TYPES.indexOf(type as (typeof EVENT_TYPES)[number]);
  let n = 0;
  for (let t = 0; t < end; t++) if (data.calendar.eventType[t] === code && !data.calendar.eventName[t]!.includes("Christmas")) n++;
  return n;
}

/** Sales on days of one event type vs the same weekday 1 and 2 weeks around (without events); Christmas excluded (stores close). */
function eventDayLift(data: DemandData, category: string, type: string, end: number): number {
  const { calendar } = data;
  const code = EVENT_TYPES.indexOf(type as (typeof EVENT_TYPES)[number]);
  let on = 0;
  let around = 0;
  for (let t = 0; t < end; t++) {
    if (calendar.eventType[t] !== code || calendar.eventName[t]!.includes("Christmas")) continue;
    const neighbours = [t - 14, t - 7, t + 7, t + 14].filter((u) => u >= 0 && u < end && calendar.eventType[u] === 0);
    if (neighbours.length === 0) continue;
    const base = neighbours.reduce((sum, u) => sum + categoryTotal(data, category, u), 0) / neighbours.length;
    if (base <= 0) continue;
    on += categoryTotal(data, category, t);
    around += base;
  }
  return around > 0 ? on / around - 1 : 0;
}

function snapDayLift(data: DemandData, category: string, end: number): number {
  const { calendar } = data;
  let on = 0;
  let around = 0;
  for (const [state, flags] of Object.entries(calendar.snap)) {
    if (!data.series.some((s) => s.stateId === state && s.catId === category)) continue;
    for (let t = 0; t < end; t++) {
      if (!flags[t] || calendar.eventType[t] !== 0) continue;
      const neighbours = [t - 14, t - 7, t + 7, t + 14].filter((u) => u >= 0 && u < end && calendar.eventType[u] === 0 && !flags[u]);
      if (neighbours.length === 0) continue;
      const base = neighbours.reduce((sum, u) => sum + categoryTotal(data, category, u, state), 0) / neighbours.length;
      if (base <= 0) continue;
      on += categoryTotal(data, category, t, state);
      around += base;
    }
  }
  return around > 0 ? on / around - 1 : 0;
}

/** Multiplier of a day's expected units when its price moves from `from` to `to`. */
export function priceMultiplier(effects: DemandEffects, category: string, from: number, to: number): number {
  if (!(from > 0) || !(to > 0)) return 1;
  return exp((effects.elasticity[category] ?? ELASTICITY_PRIOR.mean) * log(to / from));
}
