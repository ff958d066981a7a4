// Order lines for the latest run under any policy, recomputed from the stored forecasts (fast: no network
// needed), plus the CSV export a buyer loads into the ordering system.
import type { DemandClass } from "../pipeline/demand-class";
import { assumedInventoryPosition, computeOrder, type OrderLine, type OrderPolicy } from "../pipeline/orders";
import { sumDispersion } from "../pipeline/intervals";
import type { RunView } from "./run-view";
import { getStore } from "./context";

/** One order line (see OrderLine) with the series it is for and the assumed stock it starts from. */
export interface OrderView extends OrderLine {
  seriesId: string;
  itemId: string;
  storeId: string;
  deptId: string;
  catId: string;
  demandClass: string;
  inventoryPosition: number;
}

export async function ordersFor(run: RunView, policy: OrderPolicy): Promise<OrderView[]> {
  const store = await getStore();
  const [series, forecasts] = await Promise.all([
    store.series.findMany({ orderBy: [{ storeId: "asc" }, { itemId: "asc" }] }),
    store.forecast.findMany({ where: { runId: run.id, kind: "forecast" }, select: { seriesId: true, h: true, mean: true } }),
  ]);
  const means = new Map<string, Float64Array>();
  for (const f of forecasts) {
    const path = means.get(f.seriesId) ?? new Float64Array(run.horizon);
    path[f.h - 1] = f.mean;
    means.set(f.seriesId, path);
  }
  return series.flatMap((s) => {
    const mean = means.get(s.id);
    if (!mean) return [];
    const sales = JSON.parse(s.salesJson) as number[];
    const inventoryPosition = assumedInventoryPosition(sales, Math.min(run.originDay, sales.length));
    const demandClass = s.demandClass as DemandClass;
    const line = computeOrder({ mean, inventoryPosition, dispersion: (days) => sumDispersion(run.dispersion, demandClass, days) }, policy);
    return [{ seriesId: s.id, itemId: s.itemId, storeId: s.storeId, deptId: s.deptId, catId: s.catId, demandClass: s.demandClass, inventoryPosition, ...line }];
  });
}

const CSV_COLUMNS: [string, (o: OrderView, p: OrderPolicy) => string | number][] = [
  ["id", (o) => o.seriesId],
  ["item_id", (o) => o.itemId],
  ["store_id", (o) => o.storeId],
  ["demand_class", (o) => o.demandClass],
  ["lead_time_days", (_, p) => p.leadTimeDays],
  ["review_days", (_, p) => p.reviewDays],
  ["service_level", (_, p) => p.serviceLevel],
  ["inventory_position", (o) => o.inventoryPosition],
  ["lead_time_demand", (o) => o.leadTimeDemand.toFixed(2)],
  ["reorder_point", (o) => o.reorderPoint],
  ["order_up_to", (o) => o.orderUpTo],
  ["safety_stock", (o) => o.safetyStock.toFixed(2)],
  ["order_quantity", (o) => o.orderQuantity],
  ["below_reorder_point", (o) => (o.urgent ? 1 : 0)],
  ["stockout_risk", (o) => o.stockoutRisk.toFixed(4)],
  ["stockout_risk_without_order", (o) => o.stockoutRiskWithoutOrder.toFixed(4)],
];

/** The order list as plain CSV (one header line; the policy repeated on every line, so a filtered sheet keeps it). */
export function ordersCsv(orders: readonly OrderView[], policy: OrderPolicy): string {
  const lines = [CSV_COLUMNS.map(([name]) => name).join(","), ...orders.map((o) => CSV_COLUMNS.map(([, value]) => String(value(o, policy))).join(","))];
  return `${lines.join("\n")}\n`;
}

export function ordersFileName(run: Pick<RunView, "forecastStart">, policy: OrderPolicy): string {
  return `demand-orders-${run.forecastStart}-sl${Math.round(policy.serviceLevel * 1000) / 10}-lt${policy.leadTimeDays}-r${policy.reviewDays}.csv`;
}
