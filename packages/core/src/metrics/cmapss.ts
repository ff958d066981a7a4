// The NASA C-MAPSS / PHM08 challenge score for remaining-useful-life (RUL) predictions.
// Late predictions (predicted > true: the engine fails before maintenance) are penalised more
// steeply than early ones: d = predicted - true, s = exp(-d/13) - 1 if d < 0, exp(d/10) - 1 if d >= 0.
// The score is the SUM over engines (not the mean), as in Saxena et al. (2008); lower is better.
import { assertFinite, assertNonEmpty, assertSameLength } from "./validate";
import { expm1 } from "./fast-math";

export function cmapssScore(trueRul: ArrayLike<number>, predictedRul: ArrayLike<number>): number {
  assertNonEmpty("trueRul", trueRul);
  assertSameLength("trueRul", trueRul, "predictedRul", predictedRul);
  assertFinite("trueRul", trueRul);
  assertFinite("predictedRul", predictedRul);
  let score = 0;
  for (let i = 0; i < trueRul.length; i++) {
    const d = predictedRul[i]! - trueRul[i]!;
    score += d < 0 ? expm1(-d / 13) : expm1(d / 10);
  }
  return score;
}
