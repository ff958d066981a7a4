// The calibrated ensemble of the CNN and the transfer model: the mean of their calibrated probabilities
// (each model's Platt calibration fitted on val), returned as a logit so it is calibrated and thresholded on
// val like any other score. No weights are learned, so there is nothing extra to overfit on val's 524 images.
import { applyCalibrator } from "@verticals/core";
import type { OperatingPoint } from "./operating-point";

export const ENSEMBLE_METHOD = "mean of the CNN's and the transfer model's calibrated probabilities, recalibrated (Platt) on val";

const EPS = 1e-6;

export function ensembleScores(points: OperatingPoint[], scores: ArrayLike<number>[]): Float64Array {
  if (points.length !== scores.length || points.length === 0) throw new Error(`ensembleScores: ${points.length} calibrators for ${scores.length} score sets`);
  const count = scores[0]!.length;
  const mean = new Float64Array(count);
  points.forEach((point, m) => {
    if (scores[m]!.length !== count) throw new Error(`ensembleScores: score set ${m} has ${scores[m]!.length} values, expected ${count}`);
    const p = applyCalibrator(point.calibrator, scores[m]!);
    for (let i = 0; i < count; i++) mean[i]! += p[i]! / points.length;
  });
  for (let i = 0; i < count; i++) {
    const p = Math.min(1 - EPS, Math.max(EPS, mean[i]!));
    mean[i] = Math.log(p / (1 - p));
  }
  return mean;
}
