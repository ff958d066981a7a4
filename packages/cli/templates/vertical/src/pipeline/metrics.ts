// The figures every report uses, for the model and the baseline alike, from @verticals/core's metrics.
import { averagePrecision, brierScore, classificationRates, confusionAtThreshold, rocAuc } from "@verticals/core";

export interface ClassifierMetrics {
  /** ROC-AUC: how well the scores rank positives above negatives (0.5 = chance). */
  auc: number;
  /** Average precision (area under the precision-recall curve). */
  auprc: number;
  brier: number;
  accuracy: number;
  /** NaN (null in JSON) when nothing is flagged. */
  precision: number;
  recall: number;
  flagged: number;
}

export function classifierMetrics(labels: ArrayLike<number>, probabilities: ArrayLike<number>, threshold: number): ClassifierMetrics {
  const counts = confusionAtThreshold(labels, probabilities, threshold);
  const rates = classificationRates(counts);
  return {
    auc: rocAuc(labels, probabilities),
    auprc: averagePrecision(labels, probabilities),
    brier: brierScore(labels, probabilities),
    accuracy: rates.accuracy,
    precision: rates.precision,
    recall: rates.recall,
    flagged: counts.tp + counts.fp,
  };
}
