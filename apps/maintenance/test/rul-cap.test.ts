import { describe, expect, it } from "@jest/globals";
import { cappedRul, runToFailureTargets } from "../src/pipeline/rul/rul-cap";

describe("piecewise-linear RUL cap", () => {
  it("holds the target at the cap early in life and falls linearly to 0 at failure", () => {
    const t = runToFailureTargets(200, 125);
    expect(t[0]).toBe(125);
    expect(t[74]).toBe(125); // 125 cycles left after cycle 75
    expect(t[75]).toBe(124);
    expect(t[199]).toBe(0); // the failure cycle
    for (let i = 76; i < 200; i++) expect(t[i]! - t[i - 1]!).toBe(-1);
  });

  it("is the plain RUL for an engine shorter than the cap", () => {
    expect(Array.from(runToFailureTargets(4, 125))).toEqual([3, 2, 1, 0]);
  });

  it("rejects a negative RUL or a non-positive cap", () => {
    expect(cappedRul(130, 125)).toBe(125);
    expect(() => cappedRul(-1, 125)).toThrow(/>= 0/);
    expect(() => cappedRul(10, 0)).toThrow(/positive/);
  });
});
