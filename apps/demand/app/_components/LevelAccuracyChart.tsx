import { BarChart } from "@verticals/ui";
import type { BacktestReport } from "../../src/pipeline/backtest";
import { HIERARCHY_LEVELS } from "../../src/pipeline/hierarchy";
import { LEVEL_NAMES } from "../../src/web/labels";

/** Weighted RMSSE of the model and its two main baselines at every hierarchy level (overview and accuracy pages). */
export function LevelAccuracyChart({ report, label, testId, height }: { report: BacktestReport; label: string; testId: string; height?: number }) {
  const rows = HIERARCHY_LEVELS.map((level) => ({
    level: LEVEL_NAMES[level],
    model: report.byLevel[level].model.weighted_rmsse,
    naive: report.byLevel[level].baselines.seasonal_naive.weighted_rmsse,
    ets: report.byLevel[level].baselines.ets.weighted_rmsse,
  }));
  return (
    <BarChart
      label={label}
      data={rows}
      categoryKey="level"
      series={[
        { key: "model", name: "Model", role: "model" },
        { key: "naive", name: "Seasonal naive", role: "baseline" },
        { key: "ets", name: "ETS" },
      ]}
      horizontal
      valueFormat={{ kind: "number", digits: 2 }}
      height={height}
      testId={testId}
    />
  );
}
