import { describe, expect, it } from "@jest/globals";
import { ELASTICITY_PRIOR, estimateEffects, priceMultiplier, shrinkElasticity } from "../src/pipeline/effects";
import { scenarioMultipliers } from "../src/pipeline/what-if";
import { makeData, makeSeries, poissonSeries } from "./support/fixtures";

const days = 3 * 364;
const series = ["CA_1", "CA_2", "TX_1", "WI_1"].flatMap((store) => [makeSeries("FOODS_1_001", store), makeSeries("FOODS_1_002", store)]);

/** Weekly prices that move by store (so the item x week fixed effect leaves variation), demand with elasticity -2. */
function elasticData() {
  let state = 7;
  const rand = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const weekly = series.map(() => Array.from({ length: days / 7 + 4 }, () => 2 * (0.8 + 0.4 * rand())));
  const prices = weekly.map((w) => Array.from({ length: days + 28 }, (_, t) => w[Math.floor(t / 7)]!));
  const sales = series.map((_, i) => poissonSeries(days, (t) => 12 * (prices[i]![t]! / 2) ** -2 * (t % 200 === 100 ? 1.3 : 1), 100 + i));
  const data = makeData(series, sales, { prices });
  // Cultural events on the boosted days.
  for (let t = 100; t < days; t += 200) {
    data.calendar.eventType[t] = 1;
    data.calendar.eventName[t] = "Fixture day";
  }
  return data;
}

describe("effects for what-ifs", () => {
  const data = elasticData();
  const effects = estimateEffects(data);

  it("recovers the own-price elasticity from store-level price moves, with a clustered standard error", () => {
    const fit = effects.elasticityFit.FOODS!;
    expect(fit.rows).toBeGreaterThan(1000);
    expect(fit.estimate).toBeGreaterThan(-2.3);
    expect(fit.estimate).toBeLessThan(-1.7);
    expect(fit.standardError).toBeGreaterThan(0);
    expect(fit.standardError).toBeLessThan(0.3);
    // Precise data dominate the prior.
    expect(fit.dataWeight).toBeGreaterThan(0.9);
    expect(effects.elasticity.FOODS).toBeCloseTo(shrinkElasticity(fit).value, 12);
  });

  it("shrinks noisy estimates toward the prior and never lets a price cut lower sales", () => {
    expect(shrinkElasticity({ estimate: -2, standardError: 1 }).value).toBeCloseTo(-1.75, 12);
    expect(shrinkElasticity({ estimate: -2, standardError: 1 }).dataWeight).toBeCloseTo(0.5, 12);
    expect(shrinkElasticity({ estimate: 0.61, standardError: 0.81 }).value).toBeCloseTo((0.61 / 0.81 ** 2 - 1.5) / (1 / 0.81 ** 2 + 1), 10);
    expect(shrinkElasticity({ estimate: 3, standardError: 0.1 }).value).toBe(-0.1);
    expect(shrinkElasticity({ estimate: Number.NaN, standardError: Number.NaN })).toEqual({ value: ELASTICITY_PRIOR.mean, dataWeight: 0 });
  });

  it("measures the event-day lift against the same weekday around it", () => {
    expect(effects.eventLift.FOODS!.Cultural).toBeGreaterThan(0.2);
    expect(effects.eventLift.FOODS!.Cultural).toBeLessThan(0.4);
    expect(effects.eventLift.FOODS!.National).toBe(0);
    expect(effects.eventDays.Cultural).toBe(5);
  });

  it("falls back to the prior when prices never move", () => {
    const flat = makeData(series, series.map((_, i) => poissonSeries(400, () => 5, i)));
    expect(estimateEffects(flat).elasticity.FOODS).toBe(ELASTICITY_PRIOR.mean);
    expect(priceMultiplier({ ...effects, elasticity: { FOODS: -2 } }, "FOODS", 2, 1.6)).toBeCloseTo(1.5625, 12);
    expect(priceMultiplier(effects, "FOODS", 2, 2)).toBe(1);
  });

  it("scales only the repriced days and the event day", () => {
    const origin = days;
    const factors = scenarioMultipliers({ effects: { ...effects, elasticity: { FOODS: -2 } }, horizon: 28 }, data, origin, {
      series: [0],
      price: { factor: 0.5, fromDay: 3, toDay: 5 },
      event: { day: 10, type: "Cultural" },
    })[0]!;
    expect(factors[1]).toBe(1);
    for (const day of [3, 4, 5]) expect(factors[day - 1]).toBeCloseTo(4, 10);
    expect(factors[5]).toBe(1);
    expect(factors[9]).toBeCloseTo(1 + effects.eventLift.FOODS!.Cultural!, 12);
  });
});
