import { describe, expect, it } from "@jest/globals";
import { choosePolicy, decide, NEVER } from "../src/pipeline/decisions";
import { thresholdKpis } from "../src/dashboard/threshold-kpis";
import { thresholdRows } from "../src/pipeline/evaluate";

describe("threshold by expected cost", () => {
  // Scores with their labels, highest first: 0.9 F, 0.8 L, 0.6 F, 0.4 L, 0.3 L, 0.2 F, 0.1 L, 0.05 L
  const probabilities = [0.9, 0.8, 0.6, 0.4, 0.3, 0.2, 0.1, 0.05];
  const labels = [1, 0, 1, 0, 0, 1, 0, 0];

  it("minimises missed-fraud cost + review cost over every distinct threshold", () => {
    // With a missed fraud costing 10 and a review 1: alerting from 0.2 catches all 3 frauds for 3 false
    // alerts (cost 3); from 0.6 it misses one (10 + 1 = 11); flagging nobody costs 30.
    const { policy, atThreshold } = choosePolicy(labels, probabilities, { missedFraud: 10, review: 1 }, 0.9);
    expect(policy.alertThreshold).toBe(0.2);
    expect(atThreshold.cost).toBe(3);
    expect(atThreshold.recall).toBe(1);
    // Dearer reviews move it up: from 0.6 (one missed fraud + one false alert = 18) beats 0.9 (two missed = 20)
    // and 0.2 (three false alerts = 24).
    expect(choosePolicy(labels, probabilities, { missedFraud: 10, review: 8 }, 0.9).policy.alertThreshold).toBe(0.6);
  });

  it("raises no alert at all when reviews cost more than any fraud can", () => {
    // The highest score is legitimate, so every threshold pays a review (100) to save at most a fraud (1).
    const { policy } = choosePolicy([0, 1, 0], [0.9, 0.8, 0.1], { missedFraud: 1, review: 100 }, 0.9);
    expect(policy.alertThreshold).toBe(NEVER);
    expect(decide(0.999, policy)).toBe("approve");
  });

  it("blocks from the block probability, never below the alert threshold", () => {
    const { policy } = choosePolicy(labels, probabilities, { missedFraud: 10, review: 1 }, 0.85);
    expect(policy.blockThreshold).toBe(0.85);
    expect(decide(0.1, policy)).toBe("approve");
    expect(decide(0.2, policy)).toBe("review");
    expect(decide(0.85, policy)).toBe("block");
    const strict = choosePolicy(labels, probabilities, { missedFraud: 10, review: 8 }, 0.5).policy;
    expect(strict.blockThreshold).toBe(strict.alertThreshold);
  });

  it("shows a threshold's consequences per 1,000 transactions", () => {
    const amounts = [100, 5, 50, 5, 5, 20, 5, 5];
    const [row] = thresholdRows(labels, probabilities, amounts, [0.5]);
    expect(row).toMatchObject({ tp: 2, fp: 1, fn: 1, tn: 4, caughtAmount: 150, missedAmount: 20 });
    const kpis = thresholdKpis(row!, { missedFraud: 10, review: 1 });
    expect(kpis.alertsPer1000).toBe(375);
    expect(kpis.recall).toBeCloseTo(2 / 3, 12);
    expect(kpis.precision).toBeCloseTo(2 / 3, 12);
    expect(kpis.savedPer1000).toBe(18_750);
    expect(kpis.expectedCostPer1000).toBe(1375);
  });
});
