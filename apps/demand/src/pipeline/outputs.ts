// What the dashboard and the store show: per series and per hierarchy node, the forecast days with their
// quantiles, and the order lines under a policy. Plain rows, shared by `seed` and the app's API routes.
import type { DemandData } from "./dataset";
import type { DemandClass } from "./demand-class";
import { Q025, Q10, Q50, Q90, Q975 } from "./distributions";
import { bandsFor } from "./forecast";
import type { SeriesForecast } from "./forecast-set";
import { buildHierarchy, sumMembers, type HierarchyLevel } from "./hierarchy";
import { sumDispersion, type Dispersion } from "./intervals";
import { assumedInventoryPosition, computeOrder, type OrderLine, type OrderPolicy } from "./orders";

export interface ForecastDay {
  /** Calendar day number (d_n). */
  day: number;
  date: string;
  h: number;
  mean: number;
  p025: number;
  p10: number;
  p50: number;
  p90: number;
  p975: number;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

export function forecastDays(forecast: SeriesForecast, origin: number, dates: readonly string[]): ForecastDay[] {
  return Array.from(forecast.mean, (mean, h) => ({
    day: origin + h + 1,
    date: dates[origin + h]!,
    h: h + 1,
    mean: round(mean),
    p025: round(forecast.quantiles[Q025]![h]!),
    p10: round(forecast.quantiles[Q10]![h]!),
    p50: round(forecast.quantiles[Q50]![h]!),
    p90: round(forecast.quantiles[Q90]![h]!),
    p975: round(forecast.quantiles[Q975]![h]!),
  }));
}

export interface NodeForecast {
  level: Exclude<HierarchyLevel, "item_store">;
  key: string;
  days: ForecastDay[];
}

/** Reconciled totals (sums of the item x store means) with bands from each level's dispersion. */
export function hierarchyForecasts(data: Pick<DemandData, "series" | "calendar">, means: readonly ArrayLike<number>[], origin: number, horizon: number, levelDispersion: Record<HierarchyLevel, number>): NodeForecast[] {
  return buildHierarchy(data.series)
    .filter((node) => node.level !== "item_store")
    .map((node) => ({
      level: node.level as Exclude<HierarchyLevel, "item_store">,
      key: node.key,
      days: forecastDays(bandsFor(sumMembers(means, node.members, horizon), levelDispersion[node.level]), origin, data.calendar.date),
    }));
}

export interface OrderInputs {
  data: Pick<DemandData, "sales" | "days">;
  means: readonly ArrayLike<number>[];
  classes: readonly DemandClass[];
  dispersion: Dispersion;
}

/** One order line per series under `policy`, with the demo's stated inventory assumption. */
export function orderLines({ data, means, classes, dispersion }: OrderInputs, policy: OrderPolicy): (OrderLine & { inventoryPosition: number })[] {
  return means.map((mean, i) => {
    const inventoryPosition = assumedInventoryPosition(data.sales[i]!, data.days);
    const line = computeOrder({ mean, inventoryPosition, dispersion: (days) => sumDispersion(dispersion, classes[i]!, days) }, policy);
    return { ...line, inventoryPosition };
  });
}
