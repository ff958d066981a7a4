// Placeholder classifier scores for two classes, a "model" and a weaker "baseline", and the
// curves and metrics computed from them (nothing here is hard-coded: change the seed, the page changes).
import { normal, seededRandom, sigmoid } from "./random";

export interface LabelledScores {
  labels: Uint8Array;
  model: Float64Array;
  baseline: Float64Array;
}

/** `negatives` + `positives` samples; the model separates the classes better than the baseline. */
export function placeholderScores(seed: number, negatives = 6000, positives = 180): LabelledScores {
  const gauss = normal(seededRandom(seed));
  const n = negatives + positives;
  const labels = new Uint8Array(n);
  const model = new Float64Array(n);
  const baseline = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const positive = i >= negatives;
    labels[i] = positive ? 1 : 0;
    model[i] = sigmoid(positive ? 0.6 + 1.3 * gauss() : -2.4 + 1.1 * gauss());
    baseline[i] = sigmoid(positive ? -0.5 + 1.2 * gauss() : -1.7 + 1.1 * gauss());
  }
  return { labels, model, baseline };
}

export interface Point {
  x: number;
  y: number;
}

/** ROC and precision-recall curves by sweeping the threshold over the sorted scores (ties handled together). */
export function curves(labels: Uint8Array, scores: Float64Array): { roc: Point[]; pr: Point[]; auc: number; ap: number } {
  const order = Array.from(scores.keys()).sort((a, b) => scores[b]! - scores[a]!);
  const positives = labels.reduce((a, b) => a + b, 0);
  const negatives = labels.length - positives;
  const roc: Point[] = [{ x: 0, y: 0 }];
  const pr: Point[] = [{ x: 0, y: 1 }];
  let tp = 0;
  let fp = 0;
  let auc = 0;
  let ap = 0;
  for (let i = 0; i < order.length; i++) {
    const index = order[i]!;
    if (labels[index] === 1) tp++;
    else fp++;
    const next = order[i + 1];
    if (next !== undefined && scores[next] === scores[index]) continue;
    const tpr = tp / positives;
    const fpr = fp / negatives;
    const last = roc[roc.length - 1]!;
    auc += (fpr - last.x) * (tpr + last.y) / 2;
    const recallBefore = pr[pr.length - 1]!.x;
    const precision = tp / (tp + fp);
    ap += (tpr - recallBefore) * precision;
    roc.push({ x: fpr, y: tpr });
    pr.push({ x: tpr, y: precision });
  }
  return { roc, pr, auc, ap };
}

/** Confusion counts when flagging scores >= threshold. */
export function confusionAt(labels: Uint8Array, scores: Float64Array, threshold: number) {
  const counts = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (let i = 0; i < labels.length; i++) {
    const flagged = scores[i]! >= threshold;
    const key = labels[i] === 1 ? (flagged ? "tp" : "fn") : flagged ? "fp" : "tn";
    counts[key] += 1;
  }
  return counts;
}

/** Equal-width calibration bins over [0, 1]. */
export function reliabilityBins(labels: Uint8Array, scores: Float64Array, bins = 10) {
  const sums = Array.from({ length: bins }, () => ({ p: 0, y: 0, n: 0 }));
  for (let i = 0; i < labels.length; i++) {
    const b = Math.min(bins - 1, Math.floor(scores[i]! * bins));
    sums[b]!.p += scores[i]!;
    sums[b]!.y += labels[i]!;
    sums[b]!.n += 1;
  }
  return sums.filter((s) => s.n > 0).map((s) => ({ meanPredicted: s.p / s.n, fractionPositive: s.y / s.n, count: s.n }));
}
