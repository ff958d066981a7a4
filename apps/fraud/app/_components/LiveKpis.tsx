"use client";

// The headline figures over everything scored so far; refreshed every few seconds and right after the replay
// scores something, so the dashboard moves while transactions stream in.
import { useEffect, useState } from "react";
import { KpiCard, KpiGrid } from "@verticals/ui";
import type { LiveKpis as Kpis } from "../../src/store/kpis";
import { CURRENCY } from "../../src/dashboard/format";

export const SCORED_EVENT = "fraud:scored";
const POLL_MS = 4000;

export function LiveKpis({ initial }: { initial: Kpis }) {
  const [kpis, setKpis] = useState(initial);
  useEffect(() => {
    let cancelled = false;
    let last = 0;
    const refresh = async () => {
      if (Date.now() - last < 700) return;
      last = Date.now();
      try {
        const response = await fetch("/api/kpis", { cache: "no-store" });
        if (response.ok && !cancelled) setKpis((await response.json()) as Kpis);
      } catch {
        // offline for a moment: keep the last figures
      }
    };
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") void refresh();
    }, POLL_MS);
    const onScored = () => void refresh();
    window.addEventListener(SCORED_EVENT, onScored);
    return () => {
      cancelled = true;
      clearInterval(timer);
      window.removeEventListener(SCORED_EVENT, onScored);
    };
  }, []);
  const known = kpis.caughtFrauds + kpis.missedFrauds;
  const money = { kind: "money", currency: CURRENCY, digits: 0 } as const;
  return (
    <KpiGrid label="Live figures">
      <KpiCard label="Transactions scored" value={kpis.transactions} format="integer" trend={kpis.perMinute} caption="per minute, last 30 min" testId="kpi-volume" />
      <KpiCard label="Alert rate" value={kpis.alertRate} format={{ kind: "percent", digits: 2 }} caption={`${kpis.alerts.toLocaleString("en-US")} alerts · ${kpis.blocked.toLocaleString("en-US")} blocked`} testId="kpi-alert-rate" />
      <KpiCard
        label="Frauds caught"
        value={kpis.caughtFrauds}
        format="integer"
        tone={known > 0 ? (kpis.missedFrauds === 0 ? "good" : "warn") : undefined}
        caption={known > 0 ? `of ${known.toLocaleString("en-US")} known frauds · ${kpis.missedFrauds} missed` : "no known outcomes yet"}
        help="A transaction's outcome is the analyst's verdict, else the label it came with (replayed test rows); unknown otherwise."
        testId="kpi-caught"
      />
      <KpiCard
        label="Money saved"
        value={kpis.caughtAmount}
        format={money}
        caption={`lost ${Math.round(kpis.missedAmount).toLocaleString("en-US")} to missed frauds · ${Math.round(kpis.reviewCost).toLocaleString("en-US")} on reviews`}
        help="Saved: amounts of frauds that raised an alert. Lost: amounts of known frauds that were approved, plus the review cost of every alert."
        testId="kpi-money"
      />
      <KpiCard
        label="Live precision"
        value={kpis.livePrecision}
        format="percent"
        caption={kpis.reviewed > 0 ? `${kpis.confirmedFrauds} of ${kpis.reviewed} reviewed alerts confirmed fraud` : `no reviews yet · ${kpis.openAlerts} open alerts`}
        help="Among alerts an analyst has reviewed, the share marked fraud."
        testId="kpi-precision"
      />
    </KpiGrid>
  );
}
