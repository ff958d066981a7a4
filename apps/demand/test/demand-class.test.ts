import { describe, expect, it } from "@jest/globals";
import { demandProfile } from "../src/pipeline/demand-class";

describe("ADI / CV² demand classes (Syntetos-Boylan)", () => {
  it("smooth: sells every day in steady amounts", () => {
    const p = demandProfile([5, 6, 5, 4, 5, 6, 5, 5]);
    expect(p.demandClass).toBe("smooth");
    expect(p.adi).toBe(1);
    expect(p.zeroShare).toBe(0);
  });

  it("erratic: sells every day, sizes swing (CV² >= 0.49)", () => {
    expect(demandProfile([1, 12, 1, 15, 2, 1, 20, 1]).demandClass).toBe("erratic");
  });

  it("intermittent: a sale every few days (ADI >= 1.32), steady sizes", () => {
    const p = demandProfile([2, 0, 0, 2, 0, 0, 3, 0, 0, 2, 0, 0]);
    expect(p.demandClass).toBe("intermittent");
    expect(p.adi).toBe(3);
  });

  it("lumpy: rare and variable", () => {
    expect(demandProfile([1, 0, 0, 0, 14, 0, 0, 0, 1, 0, 0, 30]).demandClass).toBe("lumpy");
  });

  it("ignores the days before the first sale (before launch) and the days after `end`", () => {
    const launched = demandProfile([0, 0, 0, 0, 0, 5, 5, 6, 5]);
    expect(launched.demandClass).toBe("smooth");
    expect(demandProfile([5, 5, 5, 5, 0, 0, 0, 0, 0, 0], 4).demandClass).toBe("smooth");
  });

  it("a series that never sold is lumpy with infinite ADI", () => {
    const p = demandProfile([0, 0, 0]);
    expect(p.adi).toBe(Number.POSITIVE_INFINITY);
    expect(p.demandClass).toBe("lumpy");
  });
});
