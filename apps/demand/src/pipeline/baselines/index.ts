// The statistical baselines every forecast is compared with, fitted on the same history.
import type { DemandClass } from "../demand-class";
import { isIntermittentClass } from "../demand-class";
import { pickPerSeries, type ForecastSet } from "../forecast-set";
import { intermittentForecast } from "./croston-tsb";
import { ets } from "./ets";
import { seasonalNaive } from "./seasonal-naive";

export const BASELINE_NAMES = ["seasonal_naive", "ets", "croston", "sba", "tsb", "ets_tsb_by_class"] as const;
export type BaselineName = (typeof BASELINE_NAMES)[number];

export const BASELINE_LABELS: Record<BaselineName, string> = {
  seasonal_naive: "Seasonal naive (same weekday last week)",
  ets: "Exponential smoothing (ETS, AICc)",
  croston: "Croston",
  sba: "Croston-SBA",
  tsb: "TSB",
  ets_tsb_by_class: "ETS for smooth/erratic, TSB for intermittent/lumpy",
};

export function fitBaselines(sales: readonly ArrayLike<number>[], origin: number, horizon: number, classes: readonly DemandClass[]): Record<BaselineName, ForecastSet> {
  const etsSet = ets(sales, origin, horizon);
  const tsb = intermittentForecast(sales, origin, "tsb", horizon);
  return {
    seasonal_naive: seasonalNaive(sales, origin, horizon),
    ets: etsSet,
    croston: intermittentForecast(sales, origin, "croston", horizon),
    sba: intermittentForecast(sales, origin, "sba", horizon),
    tsb,
    ets_tsb_by_class: pickPerSeries("ets_tsb_by_class", etsSet, tsb, classes.map(isIntermittentClass)),
  };
}
