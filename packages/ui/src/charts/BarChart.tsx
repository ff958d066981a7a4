"use client";

import { Bar, BarChart as RBarChart, CartesianGrid, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { toFormatter, type FormatSpec } from "../format";
import { palette, seriesColor, type SeriesRole } from "../theme";
import { ChartFrame } from "./ChartFrame";
import { ChartTooltip } from "./ChartTooltip";
import { axisProps, chartMargin, gridProps } from "./axisStyle";

export interface BarSeries {
  /** Field of each datum holding this series' value. */
  key: string;
  name: string;
  role?: SeriesRole;
  color?: string;
}

export interface BarChartProps {
  label: string;
  /** One object per category, e.g. { feature: "amount", model: 0.31, baseline: 0.12 }. */
  data: ReadonlyArray<Record<string, string | number | null>>;
  /** Field holding the category name. */
  categoryKey: string;
  series: BarSeries[];
  /** "grouped" (side by side) or "stacked". */
  mode?: "grouped" | "stacked";
  /** Horizontal bars suit long category names (feature importances). */
  horizontal?: boolean;
  valueFormat?: FormatSpec;
  /** Print each bar's value at its end (single series only). */
  showValues?: boolean;
  reference?: { value: number; label?: string };
  height?: number;
  caption?: string;
  testId?: string;
}

export function BarChart({ label, data, categoryKey, series, mode = "grouped", horizontal = false, valueFormat, showValues = false, reference, height, caption, testId }: BarChartProps) {
  const fv = toFormatter(valueFormat ?? "number");
  const colors = series.map((s, i) => seriesColor(s, i));
  const autoHeight = horizontal ? Math.max(160, 36 + data.length * (mode === "grouped" ? 14 * series.length + 10 : 28)) : 260;
  const legend = series.length > 1 ? series.map((s, i) => ({ label: s.name, color: colors[i]!, shape: "box" as const })) : undefined;
  const categoryAxis = { dataKey: categoryKey, type: "category" as const, ...axisProps, interval: 0 as const };
  const valueAxis = { type: "number" as const, tickFormatter: fv, ...axisProps };
  return (
    <ChartFrame label={label} height={height ?? autoHeight} caption={caption} testId={testId} legend={legend}>
      <RBarChart responsive data={data as Array<Record<string, string | number | null>>} layout={horizontal ? "vertical" : "horizontal"} margin={{ ...chartMargin, right: showValues ? 48 : 16 }} style={{ width: "100%", height: "100%" }} barCategoryGap="22%">
        <CartesianGrid {...gridProps} vertical={horizontal} horizontal={!horizontal} />
        {horizontal ? <XAxis {...valueAxis} /> : <XAxis {...categoryAxis} />}
        {horizontal ? <YAxis {...categoryAxis} width={132} /> : <YAxis {...valueAxis} width={56} />}
        <Tooltip cursor={{ fill: palette.grid, opacity: 0.6 }} content={(props) => <ChartTooltip active={props.active} label={props.label} payload={props.payload} formatValue={fv} />} />
        {reference ? <ReferenceLine {...(horizontal ? { x: reference.value } : { y: reference.value })} stroke={palette.reference} strokeDasharray="3 3" label={reference.label ? { value: reference.label, fill: palette.muted, fontSize: 11, position: "insideTopRight" } : undefined} /> : null}
        {series.map((s, i) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={colors[i]} stackId={mode === "stacked" ? "stack" : undefined} radius={mode === "stacked" ? 0 : horizontal ? [0, 3, 3, 0] : [3, 3, 0, 0]} isAnimationActive={false} maxBarSize={40}>
            {showValues && series.length === 1 ? <LabelList dataKey={s.key} position={horizontal ? "right" : "top"} formatter={(v: unknown) => (typeof v === "number" ? fv(v) : "")} fill={palette.muted} fontSize={12} /> : null}
          </Bar>
        ))}
      </RBarChart>
    </ChartFrame>
  );
}
