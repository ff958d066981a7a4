"use client";

import { CartesianGrid, Line, LineChart as RLineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatValue, toFormatter, type FormatSpec } from "../format";
import { seriesColor, palette, type SeriesRole } from "../theme";
import { ChartFrame } from "./ChartFrame";
import { ChartTooltip } from "./ChartTooltip";
import { axisLabelStyle, axisProps, baselineDash, chartMargin, gridProps } from "./axisStyle";
import { column, mergeByX, type XValue } from "./mergeByX";

export interface LineSeries {
  name: string;
  role?: SeriesRole;
  color?: string;
  dashed?: boolean;
  points: ReadonlyArray<{ x: XValue; y: number | null }>;
}

export interface LineChartProps {
  label: string;
  series: LineSeries[];
  height?: number;
  xFormat?: FormatSpec;
  yFormat?: FormatSpec;
  xLabel?: string;
  yLabel?: string;
  /** "category" spaces points evenly (dates, labels); "number" places them by value. */
  xType?: "number" | "category";
  yDomain?: [number | "auto", number | "auto"];
  /** Horizontal reference lines, e.g. a target or an alert level. */
  references?: Array<{ y: number; label?: string }>;
  caption?: string;
  testId?: string;
}

/** Multi-series line chart; baselines are dashed in the baseline colour. */
export function LineChart({ label, series, height = 280, xFormat, yFormat, xLabel, yLabel, xType = "category", yDomain, references = [], caption, testId }: LineChartProps) {
  const keyed = series.map((s, i) => ({ ...s, key: `s${i}`, color: seriesColor(s, i), dashed: s.dashed ?? s.role === "baseline" }));
  const rows = mergeByX(keyed.map((s) => column(s.key, s.points, (p) => p.y)));
  const formatX = (v: XValue) => (xFormat ? formatValue(v, xFormat) : String(v));
  const fy = toFormatter(yFormat ?? "number");
  return (
    <ChartFrame label={label} height={height} caption={caption} testId={testId} legend={keyed.map((s) => ({ label: s.name, color: s.color, shape: s.dashed ? "dash" : "line" }))}>
      <RLineChart responsive data={rows} margin={chartMargin} style={{ width: "100%", height: "100%" }}>
        <CartesianGrid {...gridProps} />
        <XAxis
          dataKey="x"
          type={xType}
          domain={xType === "number" ? ["dataMin", "dataMax"] : undefined}
          tickFormatter={formatX}
          minTickGap={24}
          label={xLabel ? { value: xLabel, position: "insideBottom", offset: -2, style: axisLabelStyle } : undefined}
          height={xLabel ? 40 : 30}
          {...axisProps}
        />
        <YAxis
          tickFormatter={fy}
          domain={yDomain ?? ["auto", "auto"]}
          width={56}
          label={yLabel ? { value: yLabel, angle: -90, position: "insideLeft", style: { ...axisLabelStyle, textAnchor: "middle" } } : undefined}
          {...axisProps}
        />
        <Tooltip content={(props) => <ChartTooltip active={props.active} label={props.label} payload={props.payload} formatLabel={formatX} formatValue={fy} />} />
        {references.map((ref) => (
          <ReferenceLine key={`${ref.y}-${ref.label ?? ""}`} y={ref.y} stroke={palette.reference} strokeDasharray="3 3" label={ref.label ? { value: ref.label, position: "insideTopRight", fill: palette.muted, fontSize: 11 } : undefined} />
        ))}
        {keyed.map((s) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stroke={s.color}
            strokeWidth={s.role === "model" ? 2.25 : 1.75}
            strokeDasharray={s.dashed ? baselineDash : undefined}
            dot={false}
            activeDot={{ r: 3.5 }}
            connectNulls
            isAnimationActive={false}
            type="monotone"
          />
        ))}
      </RLineChart>
    </ChartFrame>
  );
}
