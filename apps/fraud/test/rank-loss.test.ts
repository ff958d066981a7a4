import { describe, expect, it } from "@jest/globals";
import { createRng, rocAuc } from "@verticals/core";
import { aucLossByFraud, fraudNeighbourCounts } from "../bench/rank-loss";

describe("ROC-AUC lost per fraud", () => {
  it("adds up to 1 − ROC-AUC, ties counted half, largest loss first", () => {
    const rng = createRng(3);
    const labels = Uint8Array.from({ length: 400 }, () => (rng.next() < 0.2 ? 1 : 0));
    // Rounded scores make plenty of ties between classes.
    const scores = Float64Array.from(labels, (y) => Math.round((rng.next() + 0.4 * y) * 20) / 20);
    const losses = aucLossByFraud(labels, scores);
    expect(losses).toHaveLength(labels.reduce((a, b) => a + b, 0));
    const total = losses.reduce((sum, f) => sum + f.aucLost, 0);
    expect(total).toBeCloseTo(1 - rocAuc(labels, scores), 12);
    for (let i = 1; i < losses.length; i++) expect(losses[i - 1]!.aucLost).toBeGreaterThanOrEqual(losses[i]!.aucLost);
  });

  it("puts a fraud below every legitimate row at 1 / frauds", () => {
    const labels = Uint8Array.from([1, 1, 1, 0, 0, 0, 0]);
    const scores = [0.9, 0.8, 0.01, 0.5, 0.4, 0.3, 0.2];
    const [worst, ...rest] = aucLossByFraud(labels, scores);
    expect(worst).toEqual({ index: 2, score: 0.01, legitimateAbove: 4, aucLost: 1 / 3 });
    expect(rest.every((f) => f.aucLost === 0)).toBe(true);
  });

  it("is empty when a class is missing", () => {
    expect(aucLossByFraud([0, 0], [0.1, 0.2])).toEqual([]);
  });
});

describe("fraud neighbours", () => {
  // Two columns read (0 and 2), column 1 ignored: frauds cluster near (10, 10), legitimate rows near (0, 0).
  const reference = {
    matrix: Float32Array.from([0, 99, 0, 1, -99, 0, 0, 5, 1, 10, 0, 10, 11, 0, 10, 10, 7, 11]),
    width: 3,
    columns: [0, 2],
    labels: Uint8Array.from([0, 0, 0, 1, 1, 1]),
  };

  it("counts frauds among the k nearest reference rows over the chosen columns", () => {
    const queries = { matrix: Float32Array.from([0.5, 1000, 0.5, 10, -1000, 10, 5, 0, 5]), width: 3, columns: [0, 2] };
    expect([...fraudNeighbourCounts(reference, queries, 3)]).toEqual([0, 3, 0]);
    expect([...fraudNeighbourCounts(reference, queries, 4)]).toEqual([1, 3, 1]);
  });

  it("rejects a k the reference rows cannot supply, naming it", () => {
    const queries = { matrix: Float32Array.from([0, 0, 0]), width: 3, columns: [0, 2] };
    expect(() => fraudNeighbourCounts(reference, queries, 7)).toThrow(/k must be an integer from 1 to min\(255, 6 reference rows\), got 7/);
    expect(() => fraudNeighbourCounts(reference, { ...queries, columns: [0] }, 2)).toThrow(/reference reads 2 columns, queries 1/);
  });
});
