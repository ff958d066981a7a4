import { describe, expect, it } from "@jest/globals";
import { fraudNeighbourCounts } from "../bench/fraud-neighbours";

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
