"use client";

import { Area, AreaChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatInteger, formatNumber, formatPercent, toFormatter, type FormatSpec } from "../format";
import { palette, classColors, seriesColor, type SeriesRole } from "../theme";
import { ChartFrame, type LegendItem } from "./ChartFrame";
import { ChartTooltip } from "./ChartTooltip";
import { axisLabelStyle, axisProps, chartMargin, gridProps } from "./axisStyle";
import { binValues, toShares, valueDomain } from "./binValues";

export interface HistogramSeries {
  name: string;
  role?: SeriesRole;
  color?: string;
  /** Raw values (binned here), or... */
  values?: ArrayLike<number>;
  /** ...counts already binned on the server over the shared `edges`. */
  counts?: ReadonlyArray<number>;
}

export interface HistogramProps {
  label: string;
  series: HistogramSeries[];
  /** Shared bin edges (length bins + 1) when series carry counts. */
  edges?: ReadonlyArray<number>;
  bins?: number;
  domain?: [number, number];
  /** "share": each series sums to 100% (compares shapes of unequal classes); "count": raw counts. */
  normalize?: "share" | "count";
  /** Vertical line, e.g. the decision threshold. */
  threshold?: number;
  thresholdLabel?: string;
  xFormat?: FormatSpec;
  xLabel?: string;
  height?: number;
  caption?: string;
  testId?: string;
}

/** Prepare rows for a step-area histogram: one row per left edge plus a closing row at the right edge. */
export function histogramRows(series: HistogramSeries[], options: { edges?: ReadonlyArray<number>; bins: number; domain?: [number, number]; normalize: "share" | "count" }) {
  let edges = options.edges ? [...options.edges] : undefined;
  const countsPerSeries = series.map((s) => {
    if (s.counts) {
      if (!edges) throw new Error(`Histogram: series "${s.name}" has counts but no edges were given`);
      if (s.counts.length !== edges.length - 1) throw new Error(`Histogram: series "${s.name}" has ${s.counts.length} counts, expected ${edges.length - 1} (edges.length - 1)`);
      return [...s.counts];
    }
    if (!s.values) throw new Error(`Histogram: series "${s.name}" needs values or counts`);
    const domain = options.domain ?? (edges ? [edges[0]!, edges[edges.length - 1]!] : valueDomain(series.flatMap((x) => (x.values ? [x.values] : []))));
    const binned = binValues(s.values, edges ? edges.length - 1 : options.bins, domain as [number, number]);
    edges ??= binned.edges;
    return binned.counts;
  });
  const finalEdges = edges ?? [0, 1];
  const heights = countsPerSeries.map((counts) => (options.normalize === "share" ? toShares(counts) : counts));
  const rows = finalEdges.map((edge, i) => {
    const row: Record<string, number> = { x: edge };
    heights.forEach((h, s) => {
      // The closing row repeats the last bin so the step reaches the right edge.
      row[`h${s}`] = h[Math.min(i, h.length - 1)] ?? 0;
      row[`n${s}`] = countsPerSeries[s]![Math.min(i, h.length - 1)] ?? 0;
    });
    return row;
  });
  return { rows, edges: finalEdges, totals: countsPerSeries.map((c) => c.reduce((a, b) => a + b, 0)) };
}

/** Overlaid distributions (e.g. model score by true class) as translucent step areas, with an optional threshold line. */
export function Histogram({ label, series, edges, bins = 30, domain, normalize = "share", threshold, thresholdLabel, xFormat, xLabel, height = 260, caption, testId }: HistogramProps) {
  const { rows, edges: used, totals } = histogramRows(series, { edges, bins, domain, normalize });
  const colors = series.map((s, i) => s.color ?? (s.role ? seriesColor(s, i) : i === 0 ? classColors.negative : i === 1 ? classColors.positive : seriesColor(s, i)));
  const fx = toFormatter(xFormat ?? "number");
  const fy = normalize === "share" ? (v: number) => formatPercent(v, { digits: 0 }) : (v: number) => formatInteger(v);
  const legend: LegendItem[] = series.map((s, i) => ({ label: s.name, color: colors[i]!, shape: "box" as const, value: `n = ${formatInteger(totals[i])}` }));
  if (threshold !== undefined) legend.push({ label: thresholdLabel ?? "Threshold", color: palette.text, shape: "dash" as const, value: formatNumber(threshold) });
  return (
    <ChartFrame label={label} height={height} caption={caption} testId={testId} legend={legend}>
      <AreaChart responsive data={rows} margin={chartMargin} style={{ width: "100%", height: "100%" }}>
        <CartesianGrid {...gridProps} />
        <XAxis
          dataKey="x"
          type="number"
          domain={[used[0]!, used[used.length - 1]!]}
          tickFormatter={fx}
          label={xLabel ? { value: xLabel, position: "insideBottom", offset: -2, style: axisLabelStyle } : undefined}
          height={xLabel ? 40 : 30}
          allowDataOverflow
          {...axisProps}
        />
        <YAxis tickFormatter={fy} width={52} {...axisProps} />
        <Tooltip content={(props) => <ChartTooltip active={props.active} label={props.label} payload={props.payload} formatLabel={(v) => (typeof v === "number" ? `from ${fx(v)}` : String(v))} formatValue={fy} />} />
        {series.map((s, i) => (
          <Area key={`h${i}`} dataKey={`h${i}`} name={s.name} type="stepAfter" stroke={colors[i]} strokeWidth={1.5} fill={colors[i]} fillOpacity={0.18} isAnimationActive={false} activeDot={false} />
        ))}
        {threshold !== undefined ? <ReferenceLine x={threshold} stroke={palette.text} strokeWidth={1.5} strokeDasharray="5 3" ifOverflow="extendDomain" /> : null}
      </AreaChart>
    </ChartFrame>
  );
}
