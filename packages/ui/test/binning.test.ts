import { describe, expect, it } from "@jest/globals";
import { binValues, toShares, valueDomain } from "../src/charts/binValues";
import { histogramRows } from "../src/charts/Histogram";
import { thinCurve } from "../src/charts/thinCurve";
import { mergeByX, column } from "../src/charts/mergeByX";

describe("binValues", () => {
  it("counts equal-width bins, the last one closed on the right", () => {
    const { edges, counts } = binValues([0, 0.1, 0.25, 0.5, 0.99, 1, 1.5, -0.1, Number.NaN], 4, [0, 1]);
    expect(edges).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(counts).toEqual([2, 1, 1, 2]);
  });
  it("rejects bad arguments with a clear message", () => {
    expect(() => binValues([1], 0, [0, 1])).toThrow("bins must be a positive integer, got 0");
    expect(() => binValues([1], 3, [1, 1])).toThrow("low < high, got [1, 1]");
  });
  it("finds domains and shares", () => {
    expect(valueDomain([[3, 1, Number.NaN], [7]])).toEqual([1, 7]);
    expect(valueDomain([[2, 2]])).toEqual([1.5, 2.5]);
    expect(valueDomain([[]])).toEqual([0, 1]);
    expect(toShares([1, 3])).toEqual([0.25, 0.75]);
    expect(toShares([0, 0])).toEqual([0, 0]);
  });
});

describe("histogramRows", () => {
  it("adds a closing row so the last step reaches the right edge", () => {
    const { rows, totals } = histogramRows([{ name: "a", values: [0.1, 0.2, 0.9] }], { bins: 2, domain: [0, 1], normalize: "count" });
    expect(rows).toEqual([
      { x: 0, h0: 2, n0: 2 },
      { x: 0.5, h0: 1, n0: 1 },
      { x: 1, h0: 1, n0: 1 },
    ]);
    expect(totals).toEqual([3]);
  });
  it("normalises each series to shares and checks pre-binned counts", () => {
    const { rows } = histogramRows([{ name: "a", counts: [1, 3] }, { name: "b", counts: [2, 2] }], { edges: [0, 0.5, 1], bins: 2, normalize: "share" });
    expect(rows[0]).toEqual({ x: 0, h0: 0.25, n0: 1, h1: 0.5, n1: 2 });
    expect(() => histogramRows([{ name: "a", counts: [1, 2, 3] }], { edges: [0, 0.5, 1], bins: 2, normalize: "count" })).toThrow('series "a" has 3 counts, expected 2');
    expect(() => histogramRows([{ name: "a" }], { bins: 2, normalize: "count" })).toThrow('series "a" needs values or counts');
  });
});

describe("thinCurve", () => {
  it("keeps both ends and drops points closer than the step", () => {
    const dense = Array.from({ length: 10_001 }, (_, i) => ({ x: i / 10_000, y: Math.sqrt(i / 10_000) }));
    const thin = thinCurve(dense);
    expect(thin[0]).toEqual(dense[0]);
    expect(thin[thin.length - 1]).toEqual(dense[dense.length - 1]);
    expect(thin.length).toBeLessThan(500);
    expect(thin.length).toBeGreaterThan(100);
    for (let i = 1; i < thin.length - 1; i++) {
      expect(Math.abs(thin[i]!.x - thin[i - 1]!.x) + Math.abs(thin[i]!.y - thin[i - 1]!.y)).toBeGreaterThanOrEqual(0.004);
    }
  });
});

describe("mergeByX", () => {
  it("joins series by x, sorting numbers and keeping string order", () => {
    expect(mergeByX([column("a", [{ x: 2, y: 1 }, { x: 1, y: 2 }], (p) => p.y), column("b", [{ x: 1, v: 5 }], (p) => p.v)])).toEqual([
      { x: 1, a: 2, b: 5 },
      { x: 2, a: 1 },
    ]);
    expect(mergeByX([column("a", [{ x: "b" }, { x: "a" }], () => 0)]).map((r) => r.x)).toEqual(["b", "a"]);
  });
});
