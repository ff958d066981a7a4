"use client";

import { useState } from "react";
import { ConfusionMatrix, KpiCard, Slider } from "@verticals/ui";
import { confusionAt, thresholdFor } from "./sensitivity";

export interface SensitivityExplorerProps {
  labels: number[];
  probabilities: number[];
  deployedThreshold: number;
  targetSensitivity: number;
  split: string;
}

/** Move the target sensitivity: the threshold it needs on the held-out scores, and what that costs in false alarms. */
export function SensitivityExplorer({ labels, probabilities, deployedThreshold, targetSensitivity, split }: SensitivityExplorerProps) {
  const [target, setTarget] = useState(targetSensitivity);
  const atTarget = target === targetSensitivity;
  const threshold = atTarget ? deployedThreshold : thresholdFor(labels, probabilities, target);
  const c = confusionAt(labels, probabilities, threshold);
  const rate = (n: number, d: number) => (d > 0 ? n / d : Number.NaN);
  const sensitivity = rate(c.tp, c.tp + c.fn);
  const specificity = rate(c.tn, c.tn + c.fp);
  const flaggedShare = rate(c.tp + c.fp, labels.length);
  const accuracy = rate(c.tp + c.tn, labels.length);
  return (
    <div className="triage-explorer" data-testid="sensitivity-explorer">
      <div>
        <Slider
          label="Target sensitivity"
          min={0.8}
          max={1}
          step={0.005}
          value={target}
          onChange={setTarget}
          format="percent"
          hint={
            atTarget
              ? `The deployed operating point: threshold ${deployedThreshold.toFixed(3)}, chosen on validation for ${(targetSensitivity * 100).toFixed(0)}% sensitivity.`
              : `Threshold ${Number.isFinite(threshold) ? threshold.toFixed(3) : "∞"}: the highest that reaches this sensitivity on the ${split} images (chosen on the same images, so optimistic).`
          }
          minLabel="Fewer false alarms"
          maxLabel="Miss fewer pneumonias"
          testId="sensitivity-slider"
        />
        <div className="triage-explorer__stats">
          <KpiCard label="Sensitivity" value={sensitivity} format="percent" testId="explorer-sensitivity" />
          <KpiCard label="Specificity" value={specificity} format="percent" testId="explorer-specificity" />
          <KpiCard label="Accuracy" value={accuracy} format="percent" />
          <KpiCard label="Studies flagged" value={flaggedShare} format="percent" caption={`${c.tp + c.fp} of ${labels.length}`} />
        </div>
      </div>
      <ConfusionMatrix tn={c.tn} fp={c.fp} fn={c.fn} tp={c.tp} labels={{ negative: "Normal", positive: "Pneumonia" }} caption={`Held-out ${split} images at threshold ${Number.isFinite(threshold) ? threshold.toFixed(3) : "∞"}`} testId="confusion" />
    </div>
  );
}
