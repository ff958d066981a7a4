// Measuring a scorer on labelled rows it never saw: the headline metrics (the `evaluate` JSON), and the
// curves the dashboard draws (ROC, precision-recall, costs and money at every threshold, score distribution).
import {
  averagePrecision,
  brierScore,
  expectedCalibrationError,
  metricsAtThreshold,
  precisionRecallCurve,
  recallAtFpr,
  reliabilityDiagram,
  rocAuc,
  rocCurve,
} from "@verticals/core";
import { decide, DECISIONS, type Costs, type OperatingPolicy } from "./decisions";
import { fromLogit, logit, LOGIT_RANGE } from "./log-odds";

export interface ScoreMetrics {
  roc_auc: number;
  auprc: number;
  /** Share of frauds caught when at most 1% of legitimate transactions are flagged. */
  recall_at_1pct_fpr: number;
  /** At the cost-chosen alert threshold. */
  precision: number;
  recall: number;
  threshold: number;
  alerts_per_1000: number;
  false_positive_rate: number;
  /** costMissedFraud · missed frauds + costReview · false alerts, per 1,000 transactions. */
  expected_cost_per_1000: number;
  brier: number;
  ece: number;
}

export function scoreMetrics(labels: ArrayLike<number>, probabilities: ArrayLike<number>, policy: OperatingPolicy): ScoreMetrics {
  const at = metricsAtThreshold(labels, probabilities, policy.alertThreshold);
  const n = labels.length;
  return {
    roc_auc: rocAuc(labels, probabilities),
    auprc: averagePrecision(labels, probabilities),
    recall_at_1pct_fpr: recallAtFpr(labels, probabilities, 0.01).recall,
    precision: at.precision,
    recall: at.recall,
    threshold: policy.alertThreshold,
    alerts_per_1000: at.alertsPer1000,
    false_positive_rate: at.falsePositiveRate,
    expected_cost_per_1000: (1000 * (policy.costs.missedFraud * at.fn + policy.costs.review * at.fp)) / n,
    brier: brierScore(labels, probabilities),
    ece: expectedCalibrationError(labels, probabilities),
  };
}

export interface CurvePoint {
  x: number;
  y: number;
}

/** One slider position: what happens on the test rows when alerting from `threshold`. */
export interface ThresholdRow {
  threshold: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** Sum of Amount over frauds alerted / let through. */
  caughtAmount: number;
  missedAmount: number;
}

export interface EvaluationReport {
  rows: number;
  frauds: number;
  model: ScoreMetrics;
  baseline: ScoreMetrics;
  costs: Costs;
  policy: OperatingPolicy;
  baselinePolicy: OperatingPolicy;
  roc: { model: CurvePoint[]; baseline: CurvePoint[] };
  pr: { model: CurvePoint[]; baseline: CurvePoint[] };
  /** Thresholds evenly spaced in log-odds from 0.01% to 99.99%, plus the chosen ones, ascending. */
  thresholds: ThresholdRow[];
  /** Score distribution by class on log-odds bins (edges are probabilities). */
  distribution: { edges: number[]; legitimate: number[]; fraud: number[] };
  reliability: { model: Array<{ predicted: number; observed: number; count: number }>; baseline: Array<{ predicted: number; observed: number; count: number }> };
  /** Calibration where it matters: per decision band, the mean predicted probability against the observed fraud rate. */
  bands: Array<{ decision: "approve" | "review" | "block"; count: number; frauds: number; predicted: number; observed: number }>;
}

const MAX_CURVE_POINTS = 240;

/** Keeps the curve's shape with at most `max` points (always the first and last). */
function thin(points: CurvePoint[], max = MAX_CURVE_POINTS): CurvePoint[] {
  if (points.length <= max) return points;
  const step = (points.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => points[Math.round(i * step)]!);
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

function rocPoints(labels: ArrayLike<number>, scores: ArrayLike<number>): CurvePoint[] {
  const curve = rocCurve(labels, scores, { dropIntermediate: true });
  return thin(Array.from(curve.falsePositiveRate, (x, i) => ({ x: round(x), y: round(curve.truePositiveRate[i]!) })));
}

function prPoints(labels: ArrayLike<number>, scores: ArrayLike<number>): CurvePoint[] {
  const curve = precisionRecallCurve(labels, scores);
  return thin(Array.from(curve.recall, (x, i) => ({ x: round(x), y: round(curve.precision[i]!) })));
}

export function thresholdGrid(steps = 120, extra: number[] = []): number[] {
  const [lo, hi] = LOGIT_RANGE;
  const grid = Array.from({ length: steps + 1 }, (_, i) => fromLogit(lo + ((hi - lo) * i) / steps));
  return [...new Set([...grid, ...extra.filter((t) => t > 0 && t <= 1)])].sort((a, b) => a - b);
}

export function thresholdRows(labels: ArrayLike<number>, probabilities: ArrayLike<number>, amounts: ArrayLike<number>, thresholds: number[]): ThresholdRow[] {
  // One pass per threshold over a few thousand rows: cheap, and exact.
  return thresholds.map((threshold) => {
    const row: ThresholdRow = { threshold, tp: 0, fp: 0, fn: 0, tn: 0, caughtAmount: 0, missedAmount: 0 };
    for (let i = 0; i < labels.length; i++) {
      const flagged = probabilities[i]! >= threshold;
      if (labels[i] === 1) {
        if (flagged) {
          row.tp++;
          row.caughtAmount += amounts[i]!;
        } else {
          row.fn++;
          row.missedAmount += amounts[i]!;
        }
      } else if (flagged) row.fp++;
      else row.tn++;
    }
    row.caughtAmount = Math.round(row.caughtAmount * 100) / 100;
    row.missedAmount = Math.round(row.missedAmount * 100) / 100;
    return row;
  });
}

export function scoreDistribution(labels: ArrayLike<number>, probabilities: ArrayLike<number>, bins = 60): EvaluationReport["distribution"] {
  const [lo, hi] = LOGIT_RANGE;
  const width = (hi - lo) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => fromLogit(lo + i * width));
  const legitimate = new Array<number>(bins).fill(0);
  const fraud = new Array<number>(bins).fill(0);
  for (let i = 0; i < labels.length; i++) {
    const p = Math.min(Math.max(probabilities[i]!, 1e-12), 1 - 1e-12);
    // Scores beyond the axis are counted in the end bins.
    const bin = Math.min(bins - 1, Math.max(0, Math.floor((logit(p) - lo) / width)));
    (labels[i] === 1 ? fraud : legitimate)[bin]!++;
  }
  return { edges, legitimate, fraud };
}

function reliability(labels: ArrayLike<number>, probabilities: ArrayLike<number>) {
  return reliabilityDiagram(labels, probabilities, 10)
    .bins.filter((bin) => bin.count > 0)
    .map((bin) => ({ predicted: round(bin.meanPredicted), observed: round(bin.observedRate), count: bin.count }));
}

export function decisionBands(labels: ArrayLike<number>, probabilities: ArrayLike<number>, policy: OperatingPolicy): EvaluationReport["bands"] {
  const bands = DECISIONS.map((decision) => ({ decision, count: 0, frauds: 0, sum: 0 }));
  for (let i = 0; i < labels.length; i++) {
    const p = probabilities[i]!;
    const band = bands[DECISIONS.indexOf(decide(p, policy))]!;
    band.count++;
    band.frauds += labels[i]!;
    band.sum += p;
  }
  return bands.map(({ decision, count, frauds, sum }) => ({
    decision,
    count,
    frauds,
    predicted: count > 0 ? round(sum / count) : Number.NaN,
    observed: count > 0 ? round(frauds / count) : Number.NaN,
  }));
}

export function evaluationReport(input: {
  labels: Uint8Array;
  amounts: ArrayLike<number>;
  model: Float64Array;
  baseline: Float64Array;
  policy: OperatingPolicy;
  baselinePolicy: OperatingPolicy;
}): EvaluationReport {
  const { labels, model, baseline } = input;
  return {
    rows: labels.length,
    frauds: labels.reduce((sum, v) => sum + v, 0),
    model: scoreMetrics(labels, model, input.policy),
    baseline: scoreMetrics(labels, baseline, input.baselinePolicy),
    costs: input.policy.costs,
    policy: input.policy,
    baselinePolicy: input.baselinePolicy,
    roc: { model: rocPoints(labels, model), baseline: rocPoints(labels, baseline) },
    pr: { model: prPoints(labels, model), baseline: prPoints(labels, baseline) },
    thresholds: thresholdRows(labels, model, input.amounts, thresholdGrid(160, [input.policy.alertThreshold, input.policy.blockThreshold])),
    distribution: scoreDistribution(labels, model),
    reliability: { model: reliability(labels, model), baseline: reliability(labels, baseline) },
    bands: decisionBands(labels, model, input.policy),
  };
}
