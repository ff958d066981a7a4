// ROC-AUC lost per positive: the shares add up to 1 − AUC exactly.
import { describe, expect, it } from "@jest/globals";
import { aucLossByPositive, createRng, rocAuc } from "../src/index";

describe("ROC-AUC lost per positive", () => {
  it("adds up to 1 − ROC-AUC, ties counted half, largest loss first", () => {
    const rng = createRng(3);
    const labels = Uint8Array.from({ length: 400 }, () => (rng.next() < 0.2 ? 1 : 0));
    // Rounded scores make plenty of ties between classes.
    const scores = Float64Array.from(labels, (y) => Math.round((rng.next() + 0.4 * y) * 20) / 20);
    const losses = aucLossByPositive(labels, scores);
    expect(losses).toHaveLength(labels.reduce((a, b) => a + b, 0));
    const total = losses.reduce((sum, f) => sum + f.aucLost, 0);
    expect(total).toBeCloseTo(1 - rocAuc(labels, scores), 12);
    for (let i = 1; i < losses.length; i++) expect(losses[i - 1]!.aucLost).toBeGreaterThanOrEqual(losses[i]!.aucLost);
  });

  it("puts a positive below every negative at 1 / positives", () => {
    const labels = Uint8Array.from([1, 1, 1, 0, 0, 0, 0]);
    const scores = [0.9, 0.8, 0.01, 0.5, 0.4, 0.3, 0.2];
    const [worst, ...rest] = aucLossByPositive(labels, scores);
    expect(worst).toEqual({ index: 2, score: 0.01, negativesAbove: 4, aucLost: 1 / 3 });
    expect(rest.every((f) => f.aucLost === 0)).toBe(true);
  });

  it("is empty when a class is missing", () => {
    expect(aucLossByPositive([0, 0], [0.1, 0.2])).toEqual([]);
  });
});
