// Model vs baseline as a picture: two bar lengths on one honest scale and the gain in words.
import { formatNumber, formatPercent, formatPercentPoints, type Tone } from "@verticals/ui";
import type { VerticalSummary } from "@verticals/ui/summary";

export interface QualityComparison {
  /** Bar lengths in [0, 1] on a scale starting at zero (or at the lowest value when one is negative). */
  modelShare: number;
  baselineShare: number;
  modelText: string;
  baselineText: string;
  /** e.g. "+21.4 pp vs logistic regression" or "32% lower than seasonal naive". */
  gainText: string;
  tone: Tone;
  better: boolean;
}

const isFraction = (value: number) => value >= 0 && value <= 1;

export function compareQuality(quality: VerticalSummary["quality"]): QualityComparison {
  const { model, baseline, higherIsBetter, baselineName } = quality;
  const fractions = isFraction(model) && isFraction(baseline);
  // Fractions (AUC, recall, WAPE) sit on 0..1 so a small gain looks small; other metrics on 0..max.
  const top = fractions ? 1 : Math.max(model, baseline, 0);
  const bottom = Math.min(model, baseline, 0);
  const span = top - bottom || 1;
  const share = (value: number) => Math.min(1, Math.max(0, (value - bottom) / span));

  const improvement = higherIsBetter ? model - baseline : baseline - model;
  const better = improvement > 0;
  const tone: Tone = improvement === 0 ? "neutral" : better ? "good" : "bad";
  let gainText: string;
  if (improvement === 0) {
    gainText = `same as ${baselineName}`;
  } else if (fractions && higherIsBetter) {
    gainText = `${formatPercentPoints(model - baseline, { signed: true })} vs ${baselineName}`;
  } else if (baseline !== 0) {
    // Lower-is-better metrics (errors) read best as a relative reduction.
    const relative = Math.abs(model - baseline) / Math.abs(baseline);
    const direction = model < baseline ? "lower" : "higher";
    gainText = `${formatPercent(relative, { digits: relative < 0.1 ? 1 : 0 })} ${direction} than ${baselineName}`;
  } else {
    gainText = `${formatNumber(model - baseline, { signed: true })} vs ${baselineName}`;
  }
  return {
    modelShare: share(model),
    baselineShare: share(baseline),
    modelText: metricText(model),
    baselineText: metricText(baseline),
    gainText,
    tone,
    better,
  };
}

/** Metric values with three decimals when small (0.912), fewer when large (12.4, 1,204). */
export function metricText(value: number): string {
  const abs = Math.abs(value);
  return formatNumber(value, { digits: abs < 10 ? 3 : abs < 1000 ? 1 : 0 });
}
