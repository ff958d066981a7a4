// Shared axis, grid and tooltip styling so every chart looks like one family.
import { palette } from "../theme";

export const tickStyle = { fill: palette.muted, fontSize: 12 } as const;

export const axisProps = {
  tick: tickStyle,
  tickLine: false,
  axisLine: { stroke: palette.axis },
  stroke: palette.axis,
} as const;

export const gridProps = { stroke: palette.grid, strokeDasharray: "0", vertical: false } as const;

export const chartMargin = { top: 8, right: 16, bottom: 4, left: 4 } as const;

export const axisLabelStyle = { fill: palette.muted, fontSize: 12 } as const;

/** Dash pattern used for baselines, so they differ from the model by more than colour. */
export const baselineDash = "6 4";
