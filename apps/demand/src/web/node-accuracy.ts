// Backtest accuracy of one node on the last history days: the model's reconciled forecast against the two main
// baselines fitted on the node's own history.
import { rmsse, UndefinedMetricError } from "@verticals/core";
import { ets } from "../pipeline/baselines/ets";
import { seasonalNaive } from "../pipeline/baselines/seasonal-naive";

export interface NodeAccuracy {
  model: number | null;
  seasonalNaive: number | null;
  ets: number | null;
  /** Seasonal naive's path over the backtest window, for the chart. */
  naivePath: number[];
}

function safe(compute: () => number): number | null {
  try {
    const v = compute();
    return Number.isFinite(v) ? v : null;
  } catch (error) {
    if (error instanceof UndefinedMetricError) return null;
    throw error;
  }
}

/** `sales`: the node's daily totals from d_1 to at least origin + horizon; `means`: the model's backtest path. */
export function nodeAccuracy(sales: ArrayLike<number>, origin: number, means: ArrayLike<number>): NodeAccuracy {
  const horizon = means.length;
  const history = Float64Array.from({ length: origin }, (_, t) => sales[t]!);
  const actual = Float64Array.from({ length: horizon }, (_, h) => sales[origin + h]!);
  const naive = seasonalNaive([history], origin, horizon).series[0]!.mean;
  const smooth = ets([history], origin, horizon).series[0]!.mean;
  return {
    model: safe(() => rmsse({ history, actual, forecast: Float64Array.from(means) })),
    seasonalNaive: safe(() => rmsse({ history, actual, forecast: naive })),
    ets: safe(() => rmsse({ history, actual, forecast: smooth })),
    naivePath: Array.from(naive),
  };
}
