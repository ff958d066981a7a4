// Totals of an order list for the KPI cards and the per-store chart.
import type { OrderView } from "./orders-service";

export interface OrderSummary {
  lines: number;
  linesToOrder: number;
  /** Lines below the reorder point. */
  urgent: number;
  units: number;
  /** Mean stock-out risk over all lines, after ordering and without. */
  meanRisk: number;
  meanRiskWithoutOrder: number;
  safetyStock: number;
  byStore: { store: string; units: number }[];
}

export function summariseOrders(orders: readonly OrderView[]): OrderSummary {
  const byStore = new Map<string, number>();
  let units = 0;
  let risk = 0;
  let riskWithout = 0;
  let safety = 0;
  let linesToOrder = 0;
  let urgent = 0;
  for (const o of orders) {
    if (o.urgent) urgent++;
    units += o.orderQuantity;
    risk += o.stockoutRisk;
    riskWithout += o.stockoutRiskWithoutOrder;
    safety += Math.max(0, o.safetyStock);
    if (o.orderQuantity > 0) linesToOrder++;
    byStore.set(o.storeId, (byStore.get(o.storeId) ?? 0) + o.orderQuantity);
  }
  const n = Math.max(1, orders.length);
  return {
    lines: orders.length,
    linesToOrder,
    urgent,
    units,
    meanRisk: risk / n,
    meanRiskWithoutOrder: riskWithout / n,
    safetyStock: safety,
    byStore: [...byStore.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([store, u]) => ({ store, units: u })),
  };
}
