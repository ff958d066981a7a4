// Proper scoring rules for predicted probabilities of class 1.
import { assertBinaryLabels, assertFiniteNumber, assertNonEmpty, assertProbabilities, assertSameLength } from "./validate";
import { log, log1p, max, min } from "./fast-math";

function check(labels: ArrayLike<number>, probabilities: ArrayLike<number>): void {
  assertNonEmpty("labels", labels);
  assertSameLength("labels", labels, "probabilities", probabilities);
  assertBinaryLabels("labels", labels);
  assertProbabilities("probabilities", probabilities);
}

/**
 * Mean negative log-likelihood (natural log). Probabilities are clipped to [eps, 1 - eps]
 * (default 1e-15, scikit-learn 1.2's default) so one confident mistake costs ~34.5, not Infinity.
 */
export function logLoss(labels: ArrayLike<number>, probabilities: ArrayLike<number>, eps = 1e-15): number {
  check(labels, probabilities);
  assertFiniteNumber("eps", eps, { min: 0, max: 0.5 });
  let sum = 0;
  for (let i = 0; i < labels.length; i++) {
    const p = min(1 - eps, max(eps, probabilities[i]!));
    sum -= labels[i] === 1 ? log(p) : log1p(-p);
  }
  return sum / labels.length;
}

/** Mean squared difference between probability and outcome (0 is perfect, 0.25 is a coin flip). */
export function brierScore(labels: ArrayLike<number>, probabilities: ArrayLike<number>): number {
  check(labels, probabilities);
  let sum = 0;
  for (let i = 0; i < labels.length; i++) {
    const d = probabilities[i]! - labels[i]!;
    sum += d * d;
  }
  return sum / labels.length;
}
