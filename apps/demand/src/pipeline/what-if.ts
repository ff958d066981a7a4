// What-if: change the shelf price of some series over part of the horizon, put an event on a day, or make a day a
// SNAP day. The network's forecast of the unchanged plan is scaled by explicit multipliers measured on the history
// (effects.ts): the category's own-price elasticity on the repriced days, its event-type or SNAP lift on the day. Bands and
// orders follow from the scaled means. Explicit effects keep the answer monotone and explainable (a price cut never
// lowers the forecast); they are average effects, not a causal guarantee for one item.
import { EVENT_TYPES, type DemandData, type EventType } from "./dataset";
import { demandProfile } from "./demand-class";
import { featureContext } from "./features";
import { priceMultiplier } from "./effects";
import { bandsFor } from "./forecast";
import type { SeriesForecast } from "./forecast-set";
import { sumMembers } from "./hierarchy";
import { sumDispersion } from "./intervals";
import { assumedInventoryPosition, computeOrder, type OrderLine, type OrderPolicy } from "./orders";
import { calibratedAlpha, predictPaths, type Forecaster } from "./train";

export interface Scenario {
  /** Series (indices into data.series) whose forecast and order are compared. */
  series: number[];
  /** Multiply their shelf price by `factor` on days ahead fromDay..toDay (1-based, inclusive). */
  price?: { factor: number; fromDay: number; toDay: number };
  /** Put an event of `type` on day `day` ahead (1-based), for every store. */
  event?: { day: number; type: Exclude<EventType, ""> };
  /** Make day `day` ahead a SNAP day (food-stamp payments) in the chosen series' states. */
  snap?: { day: number };
}

export interface WhatIfSide {
  /** Per chosen series, the forecast (mean and bands). */
  series: SeriesForecast[];
  /** Sum over the chosen series (bands: single series as they are; several with the item-level dispersion). */
  total: SeriesForecast;
  orders: OrderLine[];
}

export interface WhatIfResult {
  origin: number;
  dates: string[];
  before: WhatIfSide;
  after: WhatIfSide;
}

export function validateScenario(scenario: Scenario, data: Pick<DemandData, "series">, horizon: number): void {
  if (scenario.series.length === 0) throw new RangeError("scenario.series: choose at least one series");
  for (const s of scenario.series) {
    if (!Number.isInteger(s) || s < 0 || s >= data.series.length) throw new RangeError(`scenario.series: ${s} is not a series index (0..${data.series.length - 1})`);
  }
  const { price, event, snap } = scenario;
  if (!price && !event && !snap) throw new RangeError("scenario: give a price change, an event or a SNAP day");
  if (snap && (!Number.isInteger(snap.day) || snap.day < 1 || snap.day > horizon)) throw new RangeError(`snap.day must be 1..${horizon}, got ${snap.day}`);
  if (price) {
    if (!(price.factor > 0 && price.factor <= 5)) throw new RangeError(`price.factor must be in (0, 5], got ${price.factor}`);
    if (!Number.isInteger(price.fromDay) || !Number.isInteger(price.toDay) || price.fromDay < 1 || price.toDay > horizon || price.fromDay > price.toDay) {
      throw new RangeError(`price days must satisfy 1 <= fromDay <= toDay <= ${horizon}, got ${price.fromDay}..${price.toDay}`);
    }
  }
  if (event) {
    if (!Number.isInteger(event.day) || event.day < 1 || event.day > horizon) throw new RangeError(`event.day must be 1..${horizon}, got ${event.day}`);
    if (!EVENT_TYPES.includes(event.type) || (event.type as string) === "") throw new RangeError(`event.type must be one of ${EVENT_TYPES.filter(Boolean).join(", ")}, got ${JSON.stringify(event.type)}`);
  }
}

/** Per chosen series, the multiplier of each day ahead under the scenario, with the reason. */
export function scenarioMultipliers(forecaster: Pick<Forecaster, "effects" | "horizon">, data: DemandData, origin: number, scenario: Scenario): Float64Array[] {
  return scenario.series.map((s) => {
    const category = data.series[s]!.catId;
    const factors = new Float64Array(forecaster.horizon).fill(1);
    if (scenario.price) {
      const { factor, fromDay, toDay } = scenario.price;
      for (let day = fromDay; day <= toDay; day++) {
        const price = data.prices[s]![origin + day - 1]!;
        factors[day - 1] = factors[day - 1]! * priceMultiplier(forecaster.effects, category, price, price * factor);
      }
    }
    if (scenario.event) {
      const lift = forecaster.effects.eventLift[category]?.[scenario.event.type] ?? 0;
      factors[scenario.event.day - 1] = factors[scenario.event.day - 1]! * Math.max(0, 1 + lift);
    }
    // A day that already is a SNAP day for this state keeps its forecast (the model knows it).
    const state = data.series[s]!.stateId;
    if (scenario.snap && !data.calendar.snap[state]?.[origin + scenario.snap.day - 1]) {
      const lift = forecaster.effects.snapLift[category] ?? 0;
      factors[scenario.snap.day - 1] = factors[scenario.snap.day - 1]! * Math.max(0, 1 + lift);
    }
    return factors;
  });
}

export function runWhatIf(forecaster: Forecaster, data: DemandData, scenario: Scenario, policy: OrderPolicy, origin = data.days): WhatIfResult {
  const { horizon } = forecaster;
  validateScenario(scenario, data, horizon);
  const { means: baseline, alphas } = predictPaths(forecaster, featureContext(data, forecaster.codes), origin, scenario.series);
  const factors = scenarioMultipliers(forecaster, data, origin, scenario);
  const classes = scenario.series.map((s) => demandProfile(data.sales[s]!, origin).demandClass);
  const side = (means: Float64Array[]): WhatIfSide => {
    const series = means.map((mean, n) => bandsFor(mean, (h) => calibratedAlpha(forecaster.dispersion, classes[n]!, alphas[n]![h]!)));
    const totalMean = sumMembers(means, means.map((_, n) => n), horizon);
    const total = series.length === 1 ? series[0]! : bandsFor(totalMean, forecaster.levelDispersion.item);
    const orders = means.map((mean, n) =>
      computeOrder(
        {
          mean,
          inventoryPosition: assumedInventoryPosition(data.sales[scenario.series[n]!]!, origin),
          dispersion: (days) => sumDispersion(forecaster.dispersion, classes[n]!, days),
        },
        policy,
      ),
    );
    return { series, total, orders };
  };
  const changed = baseline.map((mean, n) => Float64Array.from(mean, (m, h) => m * factors[n]![h]!));
  return { origin, dates: data.calendar.date.slice(origin, origin + horizon), before: side(baseline), after: side(changed) };
}
