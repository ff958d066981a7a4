// Reliability diagram bins and expected calibration error (ECE).
// Bins are equal-width on [0, 1] and right-closed, exactly as scikit-learn's calibration_curve
// (strategy="uniform"): bin 0 is [0, 1/B], bin b > 0 is (b/B, (b+1)/B]. Edges are computed as
// b * (1/B) like numpy.linspace, so a probability sitting on an edge (0.3 with B = 10) lands in the
// same bin as in scikit-learn.
// ECE = sum over non-empty bins of (count_b / N) * |meanPredicted_b - observedRate_b|.
import { assertBinaryLabels, assertFiniteNumber, assertNonEmpty, assertProbabilities, assertSameLength } from "./validate";
import { abs, ceil, max, min } from "./fast-math";

export interface ReliabilityBin {
  lower: number;
  upper: number;
  count: number;
  /** Mean predicted probability in the bin; NaN when the bin is empty. */
  meanPredicted: number;
  /** Share of positives in the bin; NaN when the bin is empty. */
  observedRate: number;
}

export interface ReliabilityDiagram {
  bins: ReliabilityBin[];
  expectedCalibrationError: number;
  /** Largest |meanPredicted - observedRate| over non-empty bins. */
  maximumCalibrationError: number;
}

export function reliabilityDiagram(labels: ArrayLike<number>, probabilities: ArrayLike<number>, binCount = 10): ReliabilityDiagram {
  assertNonEmpty("labels", labels);
  assertSameLength("labels", labels, "probabilities", probabilities);
  assertBinaryLabels("labels", labels);
  assertProbabilities("probabilities", probabilities);
  assertFiniteNumber("binCount", binCount, { min: 1, integer: true });
  const step = 1 / binCount;
  const edge = (b: number) => b * step;
  const counts = new Float64Array(binCount);
  const predictedSums = new Float64Array(binCount);
  const positiveSums = new Float64Array(binCount);
  for (let i = 0; i < labels.length; i++) {
    const p = probabilities[i]!;
    // Guess from the product, then correct by the exact edges (floating edges like 0.30000000000000004).
    let b = min(binCount - 1, max(0, ceil(p * binCount) - 1));
    while (b > 0 && p <= edge(b)) b--;
    while (b < binCount - 1 && p > edge(b + 1)) b++;
    counts[b]!++;
    predictedSums[b]! += p;
    positiveSums[b]! += labels[i]!;
  }
  const bins: ReliabilityBin[] = [];
  let ece = 0;
  let mce = 0;
  for (let b = 0; b < binCount; b++) {
    const count = counts[b]!;
    const meanPredicted = count === 0 ? Number.NaN : predictedSums[b]! / count;
    const observedRate = count === 0 ? Number.NaN : positiveSums[b]! / count;
    bins.push({ lower: edge(b), upper: b === binCount - 1 ? 1 : edge(b + 1), count, meanPredicted, observedRate });
    if (count > 0) {
      const gap = abs(meanPredicted - observedRate);
      ece += (count / labels.length) * gap;
      mce = max(mce, gap);
    }
  }
  return { bins, expectedCalibrationError: ece, maximumCalibrationError: mce };
}

export function expectedCalibrationError(labels: ArrayLike<number>, probabilities: ArrayLike<number>, binCount = 10): number {
  return reliabilityDiagram(labels, probabilities, binCount).expectedCalibrationError;
}
