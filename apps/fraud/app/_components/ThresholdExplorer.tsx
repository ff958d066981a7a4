"use client";

// Move the alert threshold and see, on the held-back test transactions, what it would do: workload, frauds
// caught, precision and money, next to where each class scores and what each threshold costs.
import { useState } from "react";
import { KpiCard, Slider } from "@verticals/ui";
import type { Costs } from "../../src/pipeline/decisions";
import type { ThresholdRow } from "../../src/pipeline/evaluate";
import { CURRENCY, formatProbability } from "../../src/dashboard/format";
import { nearestRow, thresholdKpis } from "../../src/dashboard/threshold-kpis";
import { ThresholdChart } from "./charts/ThresholdChart";

export interface ThresholdExplorerProps {
  rows: ThresholdRow[];
  costs: Costs;
  chosen: number;
  block: number;
  distribution: { edges: number[]; legitimate: number[]; fraud: number[] };
}

export function ThresholdExplorer({ rows, costs, chosen, block, distribution }: ThresholdExplorerProps) {
  const chosenIndex = nearestRow(rows, chosen);
  const [index, setIndex] = useState(chosenIndex);
  const at = thresholdKpis(rows[index]!, costs);
  const base = thresholdKpis(rows[chosenIndex]!, costs);
  const net = at.savedPer1000 - at.lostPer1000 - at.reviewCostPer1000;
  const baseNet = base.savedPer1000 - base.lostPer1000 - base.reviewCostPer1000;
  const money = { kind: "money", currency: CURRENCY, digits: 0 } as const;
  const vs = "vs cost-optimal";
  return (
    <div className="fraud-explorer">
      <div className="fraud-explorer__chart">
        <ThresholdChart
          edges={distribution.edges}
          legitimate={distribution.legitimate}
          fraud={distribution.fraud}
          cost={rows.map((r) => ({ threshold: r.threshold, value: thresholdKpis(r, costs).expectedCostPer1000 }))}
          threshold={at.threshold}
          chosen={chosen}
          block={block}
          testId="threshold-chart"
        />
        <Slider
          label="Alert threshold (fraud probability)"
          min={0}
          max={rows.length - 1}
          step={1}
          value={index}
          onChange={(value) => setIndex(Math.round(value))}
          format={(i) => formatProbability(rows[Math.round(i)]?.threshold ?? Number.NaN)}
          minLabel="Alert on more (catch more, more reviews)"
          maxLabel="Alert on fewer (less work, miss more)"
          testId="threshold"
        />
      </div>
      <div className="fraud-explorer__kpis">
        <KpiCard label="Alerts per 1,000" value={at.alertsPer1000} format={{ kind: "number", digits: 1 }} delta={{ value: at.alertsPer1000 - base.alertsPer1000, format: { kind: "number", digits: 1 }, label: vs }} caption="Analyst workload" testId="whatif-alerts" />
        <KpiCard label="Frauds caught (recall)" value={at.recall} format="percent" delta={{ value: at.recall - base.recall, format: "percentPoints", label: vs, goodWhen: "up" }} caption={`${at.tp} of ${at.tp + at.fn} test frauds`} testId="whatif-recall" />
        <KpiCard label="Alerts that are fraud (precision)" value={at.precision} format="percent" delta={{ value: at.precision - base.precision, format: "percentPoints", label: vs, goodWhen: "up" }} caption={`${at.fp} false alarms`} testId="whatif-precision" />
        <KpiCard
          label="Net money per 1,000"
          value={net}
          format={money}
          delta={{ value: net - baseNet, format: money, label: vs, goodWhen: "up" }}
          caption={`saved ${Math.round(at.savedPer1000).toLocaleString("en-US")} · lost ${Math.round(at.lostPer1000).toLocaleString("en-US")} · reviews ${Math.round(at.reviewCostPer1000).toLocaleString("en-US")}`}
          help={`Fraud amounts stopped, minus fraud amounts let through, minus ${costs.review} per review. The cost-optimal threshold minimises ${costs.missedFraud} per missed fraud + ${costs.review} per false alert.`}
          testId="whatif-net"
        />
      </div>
    </div>
  );
}
