// Scores the failure model and its baseline on held-out rows: threshold metrics, ranking metrics, calibration,
// risk by product type and how well the likely mode matches the true failure mode.
import {
  averagePrecision,
  brierScore,
  classificationRates,
  confusionAtThreshold,
  expectedCalibrationError,
  reliabilityDiagram,
  rocAuc,
} from "@verticals/core";
import { AI4I_TYPES, type Ai4iFailureMode } from "@verticals/data";
import { baselineProbabilities, failureProbabilities, modeProbabilities, PREDICTED_MODES, type FailureModel } from "./model";

export interface FailureTestData {
  X: Float64Array;
  y: Uint8Array;
  type: Uint8Array;
  modes: Record<Ai4iFailureMode, Uint8Array>;
}

export interface ClassifierMetrics {
  f1: number;
  precision: number;
  recall: number;
  roc_auc: number;
  auprc: number;
  brier: number;
  ece: number;
  threshold: number;
  flagged: number;
}

export interface FailureEvaluation {
  model: ClassifierMetrics;
  baseline: ClassifierMetrics;
  rows: number;
  failures: number;
  /** Per product type: rows, observed failure rate, mean predicted probability. */
  byType: { type: string; rows: number; failureRate: number; meanProbability: number }[];
  /** Per true mode among test failures: how many, how many flagged, how many of those named correctly. */
  byMode: { mode: string; failures: number; flagged: number; namedCorrectly: number }[];
  /** Share of flagged true failures (with a predictable mode flag) whose likely mode is one of their true modes. */
  modeAccuracy: number;
  reliability: { meanPredicted: number; observed: number; count: number }[];
  baselineReliability: { meanPredicted: number; observed: number; count: number }[];
  probabilities: Float64Array;
}

function classifierMetrics(y: Uint8Array, p: Float64Array, threshold: number): ClassifierMetrics {
  const counts = confusionAtThreshold(y, p, threshold);
  const rates = classificationRates(counts);
  return {
    f1: rates.f1,
    precision: rates.precision,
    recall: rates.recall,
    roc_auc: rocAuc(y, p),
    auprc: averagePrecision(y, p),
    brier: brierScore(y, p),
    ece: expectedCalibrationError(y, p),
    threshold,
    flagged: counts.tp + counts.fp,
  };
}

export function evaluateFailureModel(model: FailureModel, test: FailureTestData): FailureEvaluation {
  const p = failureProbabilities(model, test.X);
  const pb = baselineProbabilities(model, test.X);
  const modes = modeProbabilities(model, test.X);

  const byType = AI4I_TYPES.map((type, code) => {
    let rows = 0;
    let failures = 0;
    let sum = 0;
    for (let i = 0; i < test.y.length; i++) {
      if (test.type[i] !== code) continue;
      rows++;
      failures += test.y[i]!;
      sum += p[i]!;
    }
    return { type, rows, failureRate: rows ? failures / rows : Number.NaN, meanProbability: rows ? sum / rows : Number.NaN };
  });

  const allModes: Ai4iFailureMode[] = ["TWF", "HDF", "PWF", "OSF", "RNF"];
  const byMode = allModes.map((mode) => ({ mode, failures: 0, flagged: 0, namedCorrectly: 0 }));
  let named = 0;
  let namedRight = 0;
  for (let i = 0; i < test.y.length; i++) {
    if (test.y[i] !== 1) continue;
    const flagged = p[i]! >= model.threshold;
    let likely = PREDICTED_MODES[0] as string;
    let bestP = -1;
    for (const m of PREDICTED_MODES) {
      if (modes[m][i]! > bestP) {
        bestP = modes[m][i]!;
        likely = m;
      }
    }
    const trueModes = allModes.filter((m) => test.modes[m][i] === 1);
    for (const entry of byMode) {
      if (!trueModes.includes(entry.mode as Ai4iFailureMode)) continue;
      entry.failures++;
      if (flagged) entry.flagged++;
      if (flagged && likely === entry.mode) entry.namedCorrectly++;
    }
    if (flagged && trueModes.some((m) => m !== "RNF")) {
      named++;
      if (trueModes.includes(likely as Ai4iFailureMode)) namedRight++;
    }
  }

  const bins = (probabilities: Float64Array) =>
    reliabilityDiagram(test.y, probabilities, 10)
      .bins.filter((b) => b.count > 0)
      .map((b) => ({ meanPredicted: b.meanPredicted, observed: b.observedRate, count: b.count }));
  return {
    model: classifierMetrics(test.y, p, model.threshold),
    baseline: classifierMetrics(test.y, pb, model.baseline.threshold),
    rows: test.y.length,
    failures: test.y.reduce((a, b) => a + b, 0),
    byType,
    byMode,
    modeAccuracy: named ? namedRight / named : Number.NaN,
    reliability: bins(p),
    baselineReliability: bins(pb),
    probabilities: p,
  };
}
