"use client";

import { useState } from "react";
import { ConfusionMatrix, Grid, Histogram, KpiCard, Slider } from "@verticals/ui";

export interface ThresholdExplorerProps {
  /** Bin edges over [0, 1] and the model's score counts per class (binned on the server). */
  edges: number[];
  negativeCounts: number[];
  positiveCounts: number[];
  initialThreshold: number;
}

/** Flagged = every bin whose left edge is at or above the threshold (the slider moves in whole bins). */
function confusionFromBins(edges: number[], negatives: number[], positives: number[], threshold: number) {
  let tp = 0, fn = 0, fp = 0, tn = 0;
  for (let i = 0; i < negatives.length; i++) {
    const flagged = edges[i]! >= threshold - 1e-9;
    if (flagged) {
      tp += positives[i]!;
      fp += negatives[i]!;
    } else {
      fn += positives[i]!;
      tn += negatives[i]!;
    }
  }
  return { tp, fn, fp, tn };
}

export function ThresholdExplorer({ edges, negativeCounts, positiveCounts, initialThreshold }: ThresholdExplorerProps) {
  const [threshold, setThreshold] = useState(initialThreshold);
  const c = confusionFromBins(edges, negativeCounts, positiveCounts, threshold);
  const total = c.tp + c.fn + c.fp + c.tn;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : Number.NaN;
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : Number.NaN;
  const alertsPer1k = total > 0 ? ((c.tp + c.fp) / total) * 1000 : Number.NaN;
  const step = edges[1]! - edges[0]!;
  return (
    <Grid template="minmax(0, 1.45fr) minmax(0, 1fr)">
      <div className="hello-stack">
        <Histogram
          label="Placeholder model scores by class, with the decision threshold"
          series={[
            { name: "Negative class", counts: negativeCounts },
            { name: "Positive class", counts: positiveCounts },
          ]}
          edges={edges}
          threshold={threshold}
          xLabel="Model score"
          height={240}
          caption="Each class is scaled to 100% so the rare positive class stays visible. Scores right of the line are flagged."
          testId="score-histogram"
        />
        <Slider
          label="Decision threshold"
          min={edges[0]!}
          max={edges[edges.length - 2]!}
          step={step}
          value={threshold}
          onChange={setThreshold}
          format={{ kind: "number", digits: 2 }}
          minLabel="Flag more (catch more, more false alarms)"
          maxLabel="Flag less (fewer alerts, miss more)"
          testId="threshold"
        />
      </div>
      <div className="hello-stack">
        <div className="hello-kpi-pair">
          <KpiCard label="Recall" value={recall} format="percent" caption="Positives flagged" testId="kpi-recall" />
          <KpiCard label="Precision" value={precision} format="percent" caption="Flags that are positive" testId="kpi-precision" />
          <KpiCard label="Alerts per 1,000" value={alertsPer1k} format={{ kind: "number", digits: 1 }} caption="Workload for analysts" testId="kpi-alerts" />
        </div>
        <ConfusionMatrix tn={c.tn} fp={c.fp} fn={c.fn} tp={c.tp} labels={{ negative: "Negative", positive: "Positive" }} testId="confusion" />
      </div>
    </Grid>
  );
}
