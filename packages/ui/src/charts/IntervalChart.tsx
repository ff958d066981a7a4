"use client";

import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatValue, toFormatter, type FormatSpec } from "../format";
import { palette } from "../theme";
import { ChartFrame, type LegendItem } from "./ChartFrame";
import { ChartTooltip } from "./ChartTooltip";
import { axisLabelStyle, axisProps, baselineDash, chartMargin, gridProps } from "./axisStyle";
import { column, mergeByX, type XValue } from "./mergeByX";

export interface ForecastPoint {
  x: XValue;
  median: number;
  p10: number;
  p90: number;
  /** Optional wider interval (e.g. 2.5% and 97.5% quantiles), drawn lighter. */
  p025?: number;
  p975?: number;
}

export interface IntervalChartProps {
  label: string;
  history: ReadonlyArray<{ x: XValue; y: number | null }>;
  forecast: ReadonlyArray<ForecastPoint>;
  /** Observed values over the forecast horizon, when known (back-tests). */
  actuals?: ReadonlyArray<{ x: XValue; y: number | null }>;
  /** A plain baseline forecast (e.g. seasonal naive), dashed in the baseline colour. */
  baseline?: ReadonlyArray<{ x: XValue; y: number | null }>;
  names?: Partial<Record<"history" | "median" | "band80" | "band95" | "actuals" | "baseline", string>>;
  height?: number;
  xFormat?: FormatSpec;
  yFormat?: FormatSpec;
  yLabel?: string;
  caption?: string;
  testId?: string;
}

const defaultNames = {
  history: "History",
  median: "Forecast (median)",
  band80: "80% interval (P10–P90)",
  band95: "95% interval",
  actuals: "Actual",
  baseline: "Baseline forecast",
};

/** History line, forecast median, shaded P10–P90 band and a lighter 95% band, with optional actuals and baseline. */
export function IntervalChart({ label, history, forecast, actuals, baseline, names, height = 300, xFormat, yFormat, yLabel, caption, testId }: IntervalChartProps) {
  const n = { ...defaultNames, ...names };
  const has95 = forecast.some((p) => p.p025 !== undefined && p.p975 !== undefined);
  const rows = mergeByX([
    column("history", history, (p) => p.y),
    column("median", forecast, (p) => p.median),
    column("band80", forecast, (p) => [p.p10, p.p90]),
    ...(has95 ? [column("band95", forecast, (p) => [p.p025, p.p975])] : []),
    ...(actuals ? [column("actuals", actuals, (p) => p.y)] : []),
    ...(baseline ? [column("baseline", baseline, (p) => p.y)] : []),
  ]);
  const fy = toFormatter(yFormat ?? "number");
  const formatX = (v: XValue) => (xFormat ? formatValue(v, xFormat) : String(v));
  const legend: LegendItem[] = [
    { label: n.history, color: palette.actual, shape: "line" },
    { label: n.median, color: palette.model, shape: "line" },
    // Swatch opacities match the bands as drawn: the 80% band sits on top of the 95% band.
    { label: n.band80, color: palette.model, shape: "box", opacity: has95 ? 0.3 : 0.22 },
    ...(has95 ? [{ label: n.band95, color: palette.model, shape: "box" as const, opacity: 0.12 }] : []),
    ...(actuals ? [{ label: n.actuals, color: palette.actual, shape: "dot" as const }] : []),
    ...(baseline ? [{ label: n.baseline, color: palette.baseline, shape: "dash" as const }] : []),
  ];
  const forecastStart = forecast[0]?.x;
  return (
    <ChartFrame label={label} height={height} caption={caption} testId={testId} legend={legend}>
      <ComposedChart responsive data={rows} margin={chartMargin} style={{ width: "100%", height: "100%" }}>
        <CartesianGrid {...gridProps} />
        <XAxis dataKey="x" type="category" tickFormatter={formatX} minTickGap={32} {...axisProps} />
        <YAxis
          tickFormatter={fy}
          width={56}
          domain={["auto", "auto"]}
          label={yLabel ? { value: yLabel, angle: -90, position: "insideLeft", style: { ...axisLabelStyle, textAnchor: "middle" } } : undefined}
          {...axisProps}
        />
        <Tooltip content={(props) => <ChartTooltip active={props.active} label={props.label} payload={props.payload} formatLabel={formatX} formatValue={fy} />} />
        {forecastStart !== undefined ? <ReferenceLine x={forecastStart} stroke={palette.reference} strokeDasharray="3 3" label={{ value: "Forecast", position: "insideTopLeft", fill: palette.muted, fontSize: 11 }} /> : null}
        {has95 ? <Area dataKey="band95" name={n.band95} stroke="none" fill={palette.model} fillOpacity={0.1} isAnimationActive={false} activeDot={false} /> : null}
        <Area dataKey="band80" name={n.band80} stroke="none" fill={palette.model} fillOpacity={0.22} isAnimationActive={false} activeDot={false} />
        <Line dataKey="history" name={n.history} stroke={palette.actual} strokeWidth={1.5} dot={false} isAnimationActive={false} connectNulls={false} />
        {baseline ? <Line dataKey="baseline" name={n.baseline} stroke={palette.baseline} strokeWidth={1.75} strokeDasharray={baselineDash} dot={false} isAnimationActive={false} /> : null}
        <Line dataKey="median" name={n.median} stroke={palette.model} strokeWidth={2.25} dot={false} isAnimationActive={false} />
        {actuals ? <Line dataKey="actuals" name={n.actuals} stroke="none" dot={{ r: 2.5, fill: palette.actual, stroke: "none" }} activeDot={{ r: 3.5 }} isAnimationActive={false} /> : null}
      </ComposedChart>
    </ChartFrame>
  );
}
