"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { BarChart, Card, ErrorState, KpiCard, KpiGrid, Slider, SortableTable } from "@verticals/ui";
import type { OrderPolicy } from "../../src/pipeline/orders";
import type { OrderSummary } from "../../src/web/order-summary";
import type { OrderView } from "../../src/web/orders-service";

export interface OrdersPanelProps {
  initial: { policy: OrderPolicy; summary: OrderSummary; orders: OrderView[] };
  horizon: number;
  assumption: string;
}

const query = (p: OrderPolicy) => `serviceLevel=${p.serviceLevel}&leadTime=${p.leadTimeDays}&review=${p.reviewDays}`;

/** Service level, lead time and review period controls over the live order list. */
export function OrdersPanel({ initial, horizon, assumption }: OrdersPanelProps) {
  const [policy, setPolicy] = useState(initial.policy);
  const [data, setData] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    if (policy === initial.policy) return;
    const ticket = ++latest.current;
    setLoading(true);
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/orders?${query(policy)}`, { cache: "no-store" });
        const body = await response.json();
        if (ticket !== latest.current) return;
        if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
        setData(body);
        setError(null);
      } catch (e) {
        if (ticket === latest.current) setError((e as Error).message);
      } finally {
        if (ticket === latest.current) setLoading(false);
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [policy, initial.policy]);

  const rows = useMemo(
    () =>
      data.orders.map((o) => ({
        seriesId: o.seriesId,
        item: o.itemId,
        store: o.storeId,
        demandClass: o.demandClass,
        status: o.urgent ? "expedite" : o.orderQuantity > 0 ? "order" : "covered",
        onHand: o.inventoryPosition,
        protection: o.protectionDemand,
        reorderPoint: o.reorderPoint,
        orderUpTo: o.orderUpTo,
        safetyStock: o.safetyStock,
        orderQuantity: o.orderQuantity,
        risk: o.stockoutRisk,
        riskWithout: o.stockoutRiskWithoutOrder,
      })),
    [data.orders],
  );
  const days = Array.from({ length: Math.min(14, horizon - 1) }, (_, k) => k + 1);
  const { summary } = data;
  return (
    <div className="dm-stack" aria-busy={loading}>
      <Card title="Ordering policy" subtitle="Every review the store orders up to the level that covers demand until the next delivery (lead time + review period) with the chosen probability: the service level.">
        <div className="dm-row">
          <div className="dm-field dm-field--wide">
            <Slider
              label="Target service level"
              min={0.5}
              max={0.995}
              step={0.005}
              value={policy.serviceLevel}
              onChange={(v) => setPolicy((p) => ({ ...p, serviceLevel: Math.round(v * 1000) / 1000 }))}
              format={{ kind: "percent", digits: 1 }}
              minLabel="Leaner stock"
              maxLabel="Fewer stock-outs"
              hint="Higher service needs more safety stock, most of all for lumpy, hard-to-forecast items. Stock must last lead time + review period."
              testId="service-level"
            />
          </div>
          <label className="dm-field">
            <span>Lead time</span>
            <select className="dm-select" value={policy.leadTimeDays} data-testid="lead-time" onChange={(e) => setPolicy((p) => ({ ...p, leadTimeDays: Number(e.target.value) }))}>
              {days.filter((d) => d + policy.reviewDays <= horizon).map((d) => (
                <option key={d} value={d}>
                  {d} day{d === 1 ? "" : "s"}
                </option>
              ))}
            </select>
          </label>
          <label className="dm-field">
            <span>Review every</span>
            <select className="dm-select" value={policy.reviewDays} data-testid="review-days" onChange={(e) => setPolicy((p) => ({ ...p, reviewDays: Number(e.target.value) }))}>
              {days.filter((d) => d + policy.leadTimeDays <= horizon).map((d) => (
                <option key={d} value={d}>
                  {d} day{d === 1 ? "" : "s"}
                </option>
              ))}
            </select>
          </label>
          <a className="vx-button dm-button-primary" href={`/api/orders?${query(policy)}&format=csv`} download data-testid="export-csv">
            Export CSV
          </a>
        </div>
        <p className="dm-note">{assumption}</p>
      </Card>
      {error ? <ErrorState title="Could not update the orders" message={error} /> : null}
      <KpiGrid>
        <KpiCard label="Lines to order now" value={summary.linesToOrder} format="integer" unit={`of ${summary.lines}`} caption={summary.urgent > 0 ? `${summary.urgent} below the reorder point: expedite` : "none below the reorder point"} tone={summary.urgent > 0 ? "warn" : undefined} testId="orders-lines" />
        <KpiCard label="Units to order" value={summary.units} format="integer" testId="orders-units" />
        <KpiCard label="Safety stock held" value={summary.safetyStock} format="integer" unit="units" help="Stock above expected demand over lead time + review period, kept against forecast error." testId="orders-safety" />
        <KpiCard
          label="Expected stock-out risk"
          value={summary.meanRisk}
          format={{ kind: "percent", digits: 1 }}
          delta={{ value: summary.meanRisk - summary.meanRiskWithoutOrder, format: "percentPoints", label: "vs not ordering", goodWhen: "down" }}
          help="Average over items x stores of the chance that demand before the next delivery exceeds the stock after ordering."
          testId="orders-risk"
        />
      </KpiGrid>
      <Card title="Units to order by store" subtitle="At the chosen policy">
        <BarChart label="Units to order by store" data={summary.byStore} categoryKey="store" series={[{ key: "units", name: "Units to order", role: "model" }]} showValues valueFormat="integer" height={220} testId="orders-by-store" />
      </Card>
      <Card title="Order list" subtitle="Click an item to see its forecast. Sorted by order quantity." padding="flush">
        <SortableTable
          columns={[
            { key: "item", header: "Item" },
            { key: "store", header: "Store" },
            { key: "demandClass", header: "Demand", tones: { smooth: "good", erratic: "warn", intermittent: "neutral", lumpy: "bad" } },
            { key: "status", header: "Status", tones: { expedite: "bad", order: "warn", covered: "good" }, help: "expedite: below the reorder point, stock may run out before this order arrives" },
            { key: "onHand", header: "On hand*", format: "integer", help: "Assumed: units sold in the last 7 days (M5 has no stock data)" },
            { key: "protection", header: "Exp. demand", format: { kind: "number", digits: 1 }, help: "Expected demand over lead time + review period, until the next delivery this order can affect" },
            { key: "reorderPoint", header: "Reorder pt", format: "integer", help: "Service-level quantile of lead-time demand: below it, even an order placed now probably arrives too late" },
            { key: "orderUpTo", header: "Up to", format: "integer", help: "Order up to this level: covers demand until the next delivery at the service level" },
            { key: "safetyStock", header: "Safety", format: { kind: "number", digits: 1 }, help: "Order-up-to level minus expected demand: the buffer for forecast error" },
            { key: "orderQuantity", header: "Order", format: "integer" },
            { key: "risk", header: "Risk", format: { kind: "percent", digits: 1 }, help: "Chance of running out before the next delivery, after this order" },
          ]}
          rows={rows}
          rowKey="seriesId"
          rowHref="/explorer?level=item_store&key={seriesId}"
          initialSort={{ key: "orderQuantity", direction: "desc" }}
          maxRows={25}
          testId="orders-table"
        />
      </Card>
    </div>
  );
}
