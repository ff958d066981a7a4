import { describe, expect, it } from "@jest/globals";
import { compareQuality, metricText } from "../src/verticals/quality";

const quality = { metric: "AUPRC", model: 0.842, baseline: 0.611, baselineName: "logistic regression", higherIsBetter: true, split: "test" };

describe("compareQuality", () => {
  it("draws fractions on a 0..1 scale and states the gain in percentage points", () => {
    const comparison = compareQuality(quality);
    expect(comparison.modelShare).toBeCloseTo(0.842);
    expect(comparison.baselineShare).toBeCloseTo(0.611);
    expect(comparison).toMatchObject({ modelText: "0.842", baselineText: "0.611", gainText: "+23.1 pp vs logistic regression", tone: "good", better: true });
  });

  it("states an error metric's gain as a relative reduction", () => {
    const comparison = compareQuality({ ...quality, metric: "WAPE", model: 0.213, baseline: 0.318, baselineName: "seasonal naive", higherIsBetter: false });
    expect(comparison).toMatchObject({ gainText: "33% lower than seasonal naive", tone: "good", better: true });
  });

  it("says so when the model is worse than its baseline", () => {
    const comparison = compareQuality({ ...quality, model: 0.5 });
    expect(comparison).toMatchObject({ gainText: "-11.1 pp vs logistic regression", tone: "bad", better: false });
    const error = compareQuality({ ...quality, metric: "MAE", model: 12, baseline: 10, baselineName: "naive", higherIsBetter: false });
    expect(error).toMatchObject({ gainText: "20% higher than naive", tone: "bad", better: false });
  });

  it("scales large values to the larger of the two", () => {
    const comparison = compareQuality({ ...quality, metric: "RMSE (cycles)", model: 18.4, baseline: 46, higherIsBetter: false });
    expect(comparison.baselineShare).toBe(1);
    expect(comparison.modelShare).toBeCloseTo(0.4);
    expect(comparison.modelText).toBe("18.4");
  });

  it("handles a tie and a negative score without bars outside the track", () => {
    expect(compareQuality({ ...quality, model: 0.7, baseline: 0.7 })).toMatchObject({ gainText: "same as logistic regression", tone: "neutral", better: false });
    const negative = compareQuality({ ...quality, metric: "R²", model: 0.4, baseline: -0.2 });
    expect(negative.baselineShare).toBe(0);
    expect(negative.modelShare).toBeGreaterThan(0);
    expect(negative.modelShare).toBeLessThanOrEqual(1);
  });
});

describe("metricText", () => {
  it("uses three decimals for small values and fewer for large ones", () => {
    expect(metricText(0.91234)).toBe("0.912");
    expect(metricText(123.456)).toBe("123.5");
    expect(metricText(12034.2)).toBe("12,034");
  });
});
