// Client-side threshold arithmetic for the sensitivity slider (no tfjs in the browser bundle).

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export function confusionAt(labels: number[], probabilities: number[], threshold: number): Confusion {
  const c = { tp: 0, fp: 0, tn: 0, fn: 0 };
  labels.forEach((label, i) => {
    const flagged = probabilities[i]! >= threshold;
    if (flagged && label === 1) c.tp++;
    else if (flagged) c.fp++;
    else if (label === 1) c.fn++;
    else c.tn++;
  });
  return c;
}

/** The highest threshold (a score present in the data) whose sensitivity reaches `target`. */
export function thresholdFor(labels: number[], probabilities: number[], target: number): number {
  const positives = probabilities.filter((_, i) => labels[i] === 1).sort((a, b) => b - a);
  if (positives.length === 0) return Number.POSITIVE_INFINITY;
  const needed = Math.max(1, Math.ceil(target * positives.length - 1e-9));
  return positives[Math.min(needed, positives.length) - 1]!;
}
