// Metrics of one scored model on the report split, the same way for every model (CNN, baseline, and later
// transfer/ensemble models), so they can be listed side by side.
import {
  confusionAtThreshold,
  classificationRates,
  expectedCalibrationError,
  brierScore,
  rocAuc,
  type ConfusionCounts,
} from "@verticals/core";
import { applyOperatingPoint, crossFitDecisions, type HeldOutDecisions, type OperatingPoint } from "./operating-point";

export interface ModelReport {
  auc: number;
  /** At the operating point (threshold chosen on val for the target sensitivity). */
  accuracy: number;
  sensitivity: number;
  specificity: number;
  precision: number;
  /** At calibrated probability 0.5. */
  accuracy_at_0_5: number;
  sensitivity_at_0_5: number;
  specificity_at_0_5: number;
  /** Expected calibration error of the calibrated probabilities, 10 equal-width bins. */
  ece: number;
  brier: number;
  /** The operating threshold on the calibrated probability (fitted on all of val). */
  threshold: number;
  confusion: ConfusionCounts;
}

export interface ScoredModel {
  name: string;
  /** Raw scores (logits) on val, where calibration and threshold are fitted. */
  valScores: ArrayLike<number>;
  /** Raw scores on the report split (the same array as valScores when reporting on val). */
  reportScores: ArrayLike<number>;
  point: OperatingPoint;
}

export interface ReportedModel {
  report: ModelReport;
  /** Calibrated probabilities and flags on the report split (out-of-fold when the split is val). */
  decisions: HeldOutDecisions;
}

export function reportModel(model: ScoredModel, labels: ArrayLike<number>, split: "val" | "test", seed: number): ReportedModel {
  const decisions =
    split === "val" ? crossFitDecisions(model.reportScores, labels, model.point.targetSensitivity, seed) : applyOperatingPoint(model.point, model.reportScores);
  const confusion = confusionFromFlags(labels, decisions.flagged);
  const rates = classificationRates(confusion);
  const atHalf = classificationRates(confusionAtThreshold(labels, decisions.probabilities, 0.5));
  return {
    decisions,
    report: {
      auc: rocAuc(labels, model.reportScores),
      accuracy: rates.accuracy,
      sensitivity: rates.sensitivity,
      specificity: rates.specificity,
      precision: rates.precision,
      accuracy_at_0_5: atHalf.accuracy,
      sensitivity_at_0_5: atHalf.sensitivity,
      specificity_at_0_5: atHalf.specificity,
      ece: expectedCalibrationError(labels, decisions.probabilities, 10),
      brier: brierScore(labels, decisions.probabilities),
      threshold: model.point.threshold,
      confusion,
    },
  };
}

function confusionFromFlags(labels: ArrayLike<number>, flagged: ArrayLike<number>): ConfusionCounts {
  const counts = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (let i = 0; i < labels.length; i++) {
    const positive = labels[i] === 1;
    if (flagged[i] && positive) counts.tp++;
    else if (flagged[i]) counts.fp++;
    else if (positive) counts.fn++;
    else counts.tn++;
  }
  return counts;
}

/** Rounds every number for printing (JSON stays readable; NaN becomes null). */
export function rounded<T>(value: T, digits = 4): T {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === "number" ? (Number.isFinite(v) ? Number(v.toFixed(digits)) : null) : v)));
}
