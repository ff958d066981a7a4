import { describe, expect, it } from "@jest/globals";
import { bandFor, defaultHealthBands } from "@verticals/ui";
import { HEALTH_BANDS, healthBand, healthScore } from "../src/pipeline/health";

describe("health score", () => {
  it("is the pessimistic RUL as a share of the cap, clipped to 0-100", () => {
    expect(healthScore(125, 125)).toBe(100);
    expect(healthScore(50, 125)).toBe(40);
    expect(healthScore(200, 125)).toBe(100);
    expect(healthScore(-3, 125)).toBe(0);
    expect(healthScore(Number.NaN, 125)).toBe(0);
  });

  it("uses the same bands as the dashboard's badges", () => {
    expect(HEALTH_BANDS.map((b) => [b.to, b.tone, b.label])).toEqual(defaultHealthBands.map((b) => [b.to, b.tone, b.label]));
    for (const score of [0, 39.9, 40, 40.1, 69, 70, 71, 100]) expect(healthBand(score)).toBe(bandFor(score).label);
  });
});
