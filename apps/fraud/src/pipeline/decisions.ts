// From a calibrated fraud probability to what happens to the transaction.
//   approve  probability < alert threshold
//   review   alert threshold <= probability < block threshold: queued for an analyst
//   block    probability >= block threshold: declined at once, and queued for an analyst too
// The alert threshold minimises the expected cost on validation rows: costMissedFraud per fraud let through
// plus costReview per legitimate transaction sent to review. The block threshold is a probability set by the
// bank (default 0.9: block only when the model is nine times out of ten right), never below the alert threshold.
import { chooseThresholdByCost, type CostedThresholdMetrics } from "@verticals/core";

export type Decision = "approve" | "review" | "block";
export const DECISIONS: readonly Decision[] = ["approve", "review", "block"];
/** The decisions that raise an alert (a blocked card is reviewed too). */
export const ALERT_DECISIONS: readonly Decision[] = ["review", "block"];

export interface Costs {
  /** Cost of one fraud that is approved. */
  missedFraud: number;
  /** Cost of reviewing one legitimate transaction. */
  review: number;
}

export interface OperatingPolicy {
  /** Probability from which a transaction raises an alert; above 1 means "never" (costs say alerts never pay). */
  alertThreshold: number;
  blockThreshold: number;
  costs: Costs;
}

/** An alert threshold that no probability reaches, used when the cheapest option is to flag nobody. */
export const NEVER = 1.000001;

export function choosePolicy(
  labels: ArrayLike<number>,
  probabilities: ArrayLike<number>,
  costs: Costs,
  blockProbability: number,
): { policy: OperatingPolicy; atThreshold: CostedThresholdMetrics } {
  const chosen = chooseThresholdByCost({ labels, probabilities, costFalseNegative: costs.missedFraud, costFalsePositive: costs.review });
  const alertThreshold = Number.isFinite(chosen.threshold) ? chosen.threshold : NEVER;
  return {
    policy: { alertThreshold, blockThreshold: Math.max(alertThreshold, blockProbability), costs },
    atThreshold: chosen,
  };
}

export function decide(probability: number, policy: OperatingPolicy): Decision {
  if (probability >= policy.blockThreshold) return "block";
  if (probability >= policy.alertThreshold) return "review";
  return "approve";
}
