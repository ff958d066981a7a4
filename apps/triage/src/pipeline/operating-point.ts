// From raw scores to decisions: Platt calibration and the sensitivity-targeted threshold, both fitted on
// `val`. When the only held-out data is `val` itself, figures that depend on them are estimated by 2-fold
// cross-fitting (fit on one half, score the other), so the report does not grade the threshold on the very
// images it was chosen on.
import { applyCalibrator, createRng, fitCalibrator, thresholdForSensitivity, type Calibrator } from "@verticals/core";

export interface OperatingPoint {
  calibrator: Calibrator;
  /** Calibrated probability at or above which a study is flagged. */
  threshold: number;
  targetSensitivity: number;
  /** Sensitivity and specificity the threshold reached on the data it was chosen on. */
  fittedSensitivity: number;
  fittedSpecificity: number;
}

export function fitOperatingPoint(scores: ArrayLike<number>, labels: ArrayLike<number>, targetSensitivity: number): OperatingPoint {
  const calibrator = fitCalibrator("platt", scores, labels);
  const probabilities = applyCalibrator(calibrator, scores);
  const chosen = thresholdForSensitivity(labels, probabilities, targetSensitivity);
  return {
    calibrator,
    threshold: chosen.threshold,
    targetSensitivity,
    fittedSensitivity: chosen.sensitivity,
    fittedSpecificity: chosen.specificity,
  };
}

export interface HeldOutDecisions {
  probabilities: Float64Array;
  flagged: Uint8Array;
}

/** Calibrated probabilities and flags for held-out scores with an operating point fitted elsewhere. */
export function applyOperatingPoint(point: OperatingPoint, scores: ArrayLike<number>): HeldOutDecisions {
  const probabilities = applyCalibrator(point.calibrator, scores);
  const flagged = new Uint8Array(probabilities.length);
  for (let i = 0; i < probabilities.length; i++) flagged[i] = probabilities[i]! >= point.threshold ? 1 : 0;
  return { probabilities, flagged };
}

/**
 * Out-of-fold probabilities and flags on one labelled set: split in two class-stratified halves (seeded),
 * fit calibration and threshold on each half, apply to the other.
 */
export function crossFitDecisions(scores: ArrayLike<number>, labels: ArrayLike<number>, targetSensitivity: number, seed: number): HeldOutDecisions {
  const rng = createRng(seed);
  const fold = new Uint8Array(labels.length);
  for (const cls of [0, 1]) {
    const members = Array.from({ length: labels.length }, (_, i) => i).filter((i) => labels[i] === cls);
    rng.shuffle(members).forEach((index, k) => (fold[index] = k % 2));
  }
  const probabilities = new Float64Array(labels.length);
  const flagged = new Uint8Array(labels.length);
  for (const held of [0, 1]) {
    const fitIdx: number[] = [];
    const outIdx: number[] = [];
    for (let i = 0; i < labels.length; i++) (fold[i] === held ? outIdx : fitIdx).push(i);
    const point = fitOperatingPoint(fitIdx.map((i) => scores[i]!), fitIdx.map((i) => labels[i]!), targetSensitivity);
    const out = applyOperatingPoint(point, outIdx.map((i) => scores[i]!));
    outIdx.forEach((index, k) => {
      probabilities[index] = out.probabilities[k]!;
      flagged[index] = out.flagged[k]!;
    });
  }
  return { probabilities, flagged };
}
