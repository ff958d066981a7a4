// Accuracy of a forecast window against what sold: the model and every baseline, overall, per demand class and
// at each level of the hierarchy. The model's totals are its reconciled (bottom-up) forecasts with bands fitted
// for that level; the baselines at upper levels are fitted on the totals themselves, as a planner would.
import { scoreForecast, type AccuracyReport } from "./accuracy";
import { BASELINE_NAMES, fitBaselines, type BaselineName } from "./baselines";
import { ets } from "./baselines/ets";
import { seasonalNaive } from "./baselines/seasonal-naive";
import type { DemandData } from "./dataset";
import { DEMAND_CLASSES, type DemandClass } from "./demand-class";
import { bandsFor, type ModelForecast } from "./forecast";
import type { ForecastSet } from "./forecast-set";
import { buildHierarchy, HIERARCHY_LEVELS, sumMembers, type HierarchyLevel } from "./hierarchy";

export interface ClassAccuracy {
  series: number;
  model: AccuracyReport;
  baselines: Record<BaselineName, AccuracyReport>;
}

export interface LevelAccuracy {
  nodes: number;
  model: AccuracyReport;
  baselines: { seasonal_naive: AccuracyReport; ets: AccuracyReport };
}

export interface BacktestReport {
  origin: number;
  horizon: number;
  firstDate: string;
  lastDate: string;
  model: AccuracyReport;
  baselines: Record<BaselineName, AccuracyReport>;
  byClass: Partial<Record<DemandClass, ClassAccuracy>>;
  byLevel: Record<HierarchyLevel, LevelAccuracy>;
}

export interface BacktestInput {
  /** Sales covering at least origin + horizon days. */
  data: DemandData;
  forecast: ModelForecast;
  /** NB dispersion of a level's totals on day h (from 0) ahead. */
  levelDispersion: (level: HierarchyLevel, h: number) => number;
  /** Baselines fitted on days before the origin (computed when absent). */
  baselines?: Record<BaselineName, ForecastSet>;
}

export function backtest({ data, forecast, levelDispersion, baselines }: BacktestInput): BacktestReport {
  const { origin, horizon } = forecast;
  const sales = data.sales;
  const fitted = baselines ?? fitBaselines(sales.map((y) => y.subarray(0, origin)), origin, horizon, forecast.classes);
  const scoreAll = (subset?: number[]) => ({
    model: scoreForecast(sales, forecast, subset),
    baselines: Object.fromEntries(BASELINE_NAMES.map((name) => [name, scoreForecast(sales, fitted[name], subset)])) as Record<BaselineName, AccuracyReport>,
  });
  const overall = scoreAll();
  const byClass: Partial<Record<DemandClass, ClassAccuracy>> = {};
  for (const c of DEMAND_CLASSES) {
    const members = forecast.classes.flatMap((cls, i) => (cls === c ? [i] : []));
    if (members.length > 0) byClass[c] = { series: members.length, ...scoreAll(members) };
  }
  const nodes = buildHierarchy(data.series);
  const byLevel = Object.fromEntries(
    HIERARCHY_LEVELS.map((level) => {
      const levelNodes = nodes.filter((node) => node.level === level);
      const totals = levelNodes.map((node) => sumMembers(sales, node.members, origin + horizon));
      const history = totals.map((y) => y.subarray(0, origin));
      const model: ForecastSet = {
        name: "model",
        origin,
        horizon,
        series: levelNodes.map((node) => (level === "item_store" ? forecast.series[node.members[0]!]! : bandsFor(sumMembers(forecast.series.map((f) => f.mean), node.members, horizon), (h) => levelDispersion(level, h)))),
      };
      // At the bottom the baselines are the item x store fits themselves, in node order.
      const bottom = (set: ForecastSet): ForecastSet => ({ ...set, series: levelNodes.map((node) => set.series[node.members[0]!]!) });
      const entry: LevelAccuracy = {
        nodes: levelNodes.length,
        model: scoreForecast(totals, model),
        baselines: {
          seasonal_naive: scoreForecast(totals, level === "item_store" ? bottom(fitted.seasonal_naive) : seasonalNaive(history, origin, horizon)),
          ets: scoreForecast(totals, level === "item_store" ? bottom(fitted.ets) : ets(history, origin, horizon)),
        },
      };
      return [level, entry];
    }),
  ) as Record<HierarchyLevel, LevelAccuracy>;
  return {
    origin,
    horizon,
    firstDate: data.calendar.date[origin]!,
    lastDate: data.calendar.date[origin + horizon - 1]!,
    model: overall.model,
    baselines: overall.baselines,
    byClass,
    byLevel,
  };
}
