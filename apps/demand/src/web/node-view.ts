// Chart data for any node of the hierarchy (one item x store, an item, a department ... or the whole chain):
// its sales history, the forecast with its bands, and the backtest of the last history days next to what sold.
import type { ForecastPoint } from "@verticals/ui";
import type { SeriesInfo } from "../pipeline/dataset";
import { buildHierarchy, HIERARCHY_LEVELS, type HierarchyLevel } from "../pipeline/hierarchy";
import { forecastsOf, hierarchyForecastsOf, listSeries, type ForecastKind } from "../store/queries";
import { getStore } from "./context";
import type { RunView } from "./run-view";

export interface NodeRef {
  level: HierarchyLevel;
  key: string;
}

export interface NodeChart {
  ref: NodeRef;
  members: string[];
  history: { x: string; y: number }[];
  forecast: ForecastPoint[];
  /** Stored sales on forecast days (after an upload). */
  forecastActuals: { x: string; y: number }[];
  backtest: ForecastPoint[];
  backtestActuals: { x: string; y: number }[];
  /** Units over the horizon: the forecast means summed, and the actual sales of the last 28 history days. */
  totals: { mean: number; actualLast28: number };
}

export function isLevel(value: string | undefined): value is HierarchyLevel {
  return (HIERARCHY_LEVELS as readonly string[]).includes(value ?? "");
}

export async function hierarchyNodes(): Promise<{ series: SeriesInfo[]; nodes: ReturnType<typeof buildHierarchy> }> {
  const store = await getStore();
  const series = await listSeries(store);
  return { series, nodes: buildHierarchy(series) };
}

const point = (row: { date: string; mean: number; p025: number; p10: number; p50: number; p90: number; p975: number }): ForecastPoint => ({
  x: row.date,
  median: row.p50,
  p10: row.p10,
  p90: row.p90,
  p025: row.p025,
  p975: row.p975,
});

/** The node's chart data, or null when the node does not exist. `historyDays` of sales before the forecast; `sales` holds every stored day. */
export async function nodeChart(
  run: RunView,
  ref: NodeRef,
  historyDays = 112,
  /** The hierarchy, when the caller already loaded it. */
  hierarchy?: { nodes: ReturnType<typeof buildHierarchy> },
): Promise<(NodeChart & { means: number[]; backtestMeans: number[]; sales: Float64Array }) | null> {
  const store = await getStore();
  const { nodes } = hierarchy ?? (await hierarchyNodes());
  const node = nodes.find((n) => n.level === ref.level && n.key === ref.key);
  if (!node) return null;
  const all = await store.series.findMany({ select: { id: true, salesJson: true, lastDay: true }, orderBy: [{ storeId: "asc" }, { itemId: "asc" }] });
  const members = node.members.map((i) => all[i]!);
  const lastDay = Math.min(...members.map((m) => m.lastDay));
  const origin = run.originDay;
  const from = Math.max(0, origin - historyDays);
  const to = Math.min(lastDay, origin + run.horizon);
  const totals = new Float64Array(Math.max(0, to));
  for (const m of members) {
    const sales = JSON.parse(m.salesJson) as number[];
    for (let t = 0; t < to; t++) totals[t] = totals[t]! + sales[t]!;
  }
  const days = await store.calendarDay.findMany({ where: { day: { gte: from + 1, lte: origin + run.horizon } }, select: { day: true, date: true }, orderBy: { day: "asc" } });
  const dateOf = new Map(days.map((d) => [d.day, d.date]));
  const sold = (t: number) => ({ x: dateOf.get(t + 1)!, y: totals[t]! });
  const load = (kind: ForecastKind) =>
    ref.level === "item_store" ? forecastsOf(store, run.id, ref.key, kind) : hierarchyForecastsOf(store, run.id, ref.level, ref.key, kind);
  const [ahead, back] = await Promise.all([load("forecast"), load("backtest")]);
  const history: { x: string; y: number }[] = [];
  for (let t = from; t < Math.min(origin, to); t++) history.push(sold(t));
  const backFrom = origin - run.horizon;
  const backtestActuals = history.filter((_, k) => from + k >= backFrom);
  const forecastActuals: { x: string; y: number }[] = [];
  for (let t = origin; t < to; t++) forecastActuals.push(sold(t));
  return {
    ref,
    members: members.map((m) => m.id),
    history,
    forecast: ahead.map(point),
    forecastActuals,
    backtest: back.map(point),
    backtestActuals,
    means: ahead.map((r) => r.mean),
    backtestMeans: back.map((r) => r.mean),
    sales: totals,
    totals: { mean: ahead.reduce((sum, r) => sum + r.mean, 0), actualLast28: backtestActuals.reduce((sum, p) => sum + p.y, 0) },
  };
}
