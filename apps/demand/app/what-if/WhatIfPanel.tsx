"use client";

import { useEffect, useRef, useState } from "react";
import { Card, ErrorState, IntervalChart, KpiCard, KpiGrid, Slider, type ForecastPoint } from "@verticals/ui";

export interface WhatIfPanelProps {
  series: { id: string; label: string }[];
  dates: string[];
  initialSeries: string;
}

interface Side {
  total: { mean: number[]; quantiles: number[][] };
  orders: { orderQuantity: number; reorderPoint: number; orderUpTo: number; stockoutRisk: number; protectionDemand: number }[];
}

interface Result {
  dates: string[];
  history: { x: string; y: number }[];
  seriesIds: string[];
  category: string;
  elasticity: number;
  elasticityLeansOnPrior: boolean;
  eventLift: number | null;
  before: Side;
  after: Side;
}

const EVENT_TYPES = ["Cultural", "National", "Religious", "Sporting"] as const;
const SNAP = "SNAP";
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function toPoints(dates: string[], side: Side): ForecastPoint[] {
  const q = side.total.quantiles;
  return dates.map((x, h) => ({ x, median: q[2]![h]!, p10: q[1]![h]!, p90: q[3]![h]!, p025: q[0]![h]!, p975: q[4]![h]! }));
}

/** Price change and event controls; runs the saved model with and without the change. */
export function WhatIfPanel({ series, dates, initialSeries }: WhatIfPanelProps) {
  const [seriesId, setSeriesId] = useState(initialSeries);
  const [allStores, setAllStores] = useState(false);
  const [pricePercent, setPricePercent] = useState(-20);
  const [fromDay, setFromDay] = useState(1);
  const [toDay, setToDay] = useState(Math.min(14, dates.length));
  const [eventType, setEventType] = useState<string>("");
  const [eventDay, setEventDay] = useState(7);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/what-if", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          seriesId,
          allStores,
          ...(pricePercent !== 0 ? { pricePercent, priceFromDay: fromDay, priceToDay: toDay } : {}),
          ...(eventType === SNAP ? { snapDay: eventDay } : eventType ? { eventType, eventDay } : {}),
        }),
      });
      const body = await response.json();
      if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
      setResult(body);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  // Show the default scenario (a 20% price cut for two weeks on the top seller) right away.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void run();
  });

  const before = result ? sum(result.before.total.mean) : 0;
  const after = result ? sum(result.after.total.mean) : 0;
  const orderBefore = result ? sum(result.before.orders.map((o) => o.orderQuantity)) : 0;
  const orderAfter = result ? sum(result.after.orders.map((o) => o.orderQuantity)) : 0;
  const ropBefore = result ? sum(result.before.orders.map((o) => o.reorderPoint)) : 0;
  const ropAfter = result ? sum(result.after.orders.map((o) => o.reorderPoint)) : 0;
  const dayOptions = dates.map((d, k) => ({ day: k + 1, label: `${d} (day ${k + 1})` }));
  return (
    <div className="dm-stack">
      <Card title="Scenario" subtitle="Change the shelf price for some days, or put an event on a day, and see how the forecast and the order move.">
        <div className="dm-stack">
          <div className="dm-row">
            <label className="dm-field dm-field--wide">
              <span>Item and store</span>
              <select className="dm-select" value={seriesId} onChange={(e) => setSeriesId(e.target.value)} data-testid="whatif-series">
                {series.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="dm-field" style={{ flexDirection: "row", alignItems: "center", gap: 8, minWidth: 0 }}>
              <input type="checkbox" checked={allStores} onChange={(e) => setAllStores(e.target.checked)} data-testid="whatif-all-stores" />
              <span>this item in every store</span>
            </label>
          </div>
          <div className="dm-row">
            <div className="dm-field dm-field--wide">
              <Slider label="Price change" min={-50} max={50} step={5} value={pricePercent} onChange={setPricePercent} format={(v) => `${v > 0 ? "+" : ""}${v}%`} minLabel="-50%" maxLabel="+50%" testId="whatif-price" />
            </div>
            <label className="dm-field">
              <span>From</span>
              <select className="dm-select" value={fromDay} onChange={(e) => setFromDay(Number(e.target.value))}>
                {dayOptions.filter((o) => o.day <= toDay).map((o) => (
                  <option key={o.day} value={o.day}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="dm-field">
              <span>To</span>
              <select className="dm-select" value={toDay} onChange={(e) => setToDay(Number(e.target.value))}>
                {dayOptions.filter((o) => o.day >= fromDay).map((o) => (
                  <option key={o.day} value={o.day}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="dm-row">
            <label className="dm-field">
              <span>Event or SNAP day</span>
              <select className="dm-select" value={eventType} onChange={(e) => setEventType(e.target.value)} data-testid="whatif-event">
                <option value="">No event</option>
                {EVENT_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {t} event
                  </option>
                ))}
                <option value={SNAP}>SNAP day (food stamps)</option>
              </select>
            </label>
            <label className="dm-field">
              <span>On</span>
              <select className="dm-select" value={eventDay} onChange={(e) => setEventDay(Number(e.target.value))} disabled={!eventType}>
                {dayOptions.map((o) => (
                  <option key={o.day} value={o.day}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="vx-button dm-button-primary" onClick={run} disabled={busy || (pricePercent === 0 && !eventType)} data-testid="whatif-run">
              {busy ? "Forecasting…" : "Run what-if"}
            </button>
          </div>
        </div>
      </Card>
      {error ? <ErrorState title="The what-if could not run" message={error} /> : null}
      {result ? (
        <>
          <KpiGrid>
            <KpiCard label="Units, next 28 days" value={after} format="number" delta={{ value: before > 0 ? after / before - 1 : 0, format: "percent", label: `from ${before.toFixed(0)}` }} testId="whatif-units" />
            <KpiCard label="Order quantity now" value={orderAfter} format="integer" delta={{ value: orderAfter - orderBefore, format: "integer", label: `from ${orderBefore}` }} testId="whatif-order" />
            <KpiCard label="Reorder point" value={ropAfter} format="integer" delta={{ value: ropAfter - ropBefore, format: "integer", label: `from ${ropBefore}` }} />
            <KpiCard
              label={`${result.category} price elasticity`}
              value={result.elasticity}
              format={{ kind: "number", digits: 2 }}
              tone={result.elasticityLeansOnPrior ? "warn" : undefined}
              caption={result.elasticityLeansOnPrior && result.eventLift === null ? `Prices rarely moved for ${result.category}: the value leans on a typical -1.5` : result.eventLift !== null ? `${eventType === SNAP ? "SNAP-day" : "Event-day"} lift for ${result.category}: ${(result.eventLift * 100).toFixed(1)}%` : `A 10% cut sells ${((Math.pow(0.9, result.elasticity) - 1) * 100).toFixed(0)}% more`}
              help="Measured on the history: a fixed-effects regression of weekly units on price (own-price elasticity per category), and event days against the same weekday around them."
              testId="whatif-elasticity"
            />
          </KpiGrid>
          <Card title="Forecast with the change" subtitle={`Band and line: with the change (${result.seriesIds.length === 1 ? result.seriesIds[0] : `all ${result.seriesIds.length} stores of the item`}). Dashed: the forecast without it. Black: the last four weeks of sales.`}>
            <IntervalChart
              label="What-if forecast"
              history={result.history}
              forecast={toPoints(result.dates, result.after).map((p, h) => ({ ...p, median: result.after.total.mean[h]! }))}
              baseline={result.dates.map((x, h) => ({ x, y: result.before.total.mean[h]! }))}
              names={{ median: "With the change (expected units)", baseline: "Without the change" }}
              xFormat="dateShort"
              height={320}
              testId="whatif-chart"
            />
          </Card>
        </>
      ) : null}
    </div>
  );
}
