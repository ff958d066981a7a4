"use client";

import { CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatInteger, formatNumber } from "../format";
import { palette, seriesColor, type SeriesRole } from "../theme";
import { ChartFrame, type LegendItem } from "./ChartFrame";
import { axisLabelStyle, axisProps, baselineDash, gridProps } from "./axisStyle";

export interface ReliabilityBin {
  /** Mean predicted probability of the bin's samples. */
  meanPredicted: number;
  /** Observed share of positives among them. */
  fractionPositive: number;
  count: number;
}

export interface ReliabilityDiagramProps {
  label?: string;
  series: Array<{ name: string; role?: SeriesRole; color?: string; bins: ReadonlyArray<ReliabilityBin> }>;
  /** Draw the first series' bin counts as faint bars along the bottom. */
  showCounts?: boolean;
  height?: number;
  caption?: string;
  testId?: string;
}

interface Row {
  x: number;
  count?: number;
  [key: string]: number | undefined;
}

/** Predicted probability against observed frequency per bin; a calibrated model follows the diagonal. */
export function ReliabilityDiagram({ label = "Reliability diagram", series, showCounts = true, height = 320, caption, testId }: ReliabilityDiagramProps) {
  const colors = series.map((s, i) => seriesColor(s, i));
  // Every series gets its own rows (bins differ), merged and sorted by predicted probability.
  const rows: Row[] = [];
  series.forEach((s, i) => {
    for (const bin of s.bins) {
      if (bin.count <= 0 || !Number.isFinite(bin.meanPredicted) || !Number.isFinite(bin.fractionPositive)) continue;
      rows.push({ x: bin.meanPredicted, [`r${i}`]: bin.fractionPositive, ...(i === 0 ? { count: bin.count } : {}), [`n${i}`]: bin.count });
    }
  });
  rows.sort((a, b) => a.x - b.x);
  const maxCount = Math.max(1, ...rows.map((r) => r.count ?? 0));
  const legend: LegendItem[] = series.map((s, i) => ({ label: s.name, color: colors[i]!, shape: s.role === "baseline" ? ("dash" as const) : ("line" as const) }));
  legend.push({ label: "Perfect calibration", color: palette.reference, shape: "dash" });
  if (showCounts && series.length > 0) legend.push({ label: `Samples per bin (${series[0]!.name})`, color: palette.axis, shape: "box" });
  return (
    <ChartFrame label={label} height={height} caption={caption} testId={testId} legend={legend}>
      <ComposedChart responsive data={rows} margin={{ top: 12, right: 20, bottom: 18, left: 8 }} style={{ width: "100%", height: "100%" }}>
        <CartesianGrid {...gridProps} vertical />
        <XAxis
          dataKey="x"
          type="number"
          domain={[0, 1]}
          ticks={[0, 0.2, 0.4, 0.6, 0.8, 1]}
          tickFormatter={(v: number) => formatNumber(v, { digits: 1 })}
          label={{ value: "Predicted probability", position: "insideBottom", offset: -12, style: axisLabelStyle }}
          {...axisProps}
        />
        <YAxis
          yAxisId="p"
          type="number"
          domain={[0, 1]}
          ticks={[0, 0.2, 0.4, 0.6, 0.8, 1]}
          tickFormatter={(v: number) => formatNumber(v, { digits: 1 })}
          width={52}
          label={{ value: "Observed frequency", angle: -90, position: "insideLeft", offset: 6, style: { ...axisLabelStyle, textAnchor: "middle" } }}
          {...axisProps}
        />
        <Tooltip
          content={(props) => {
            if (!props.active || !props.payload?.length) return null;
            const row = props.payload[0]!.payload as Row;
            return (
              <div className="vx-tooltip">
                <div className="vx-tooltip__label">Predicted {formatNumber(row.x, { digits: 3 })}</div>
                {series.map((s, i) =>
                  row[`r${i}`] !== undefined ? (
                    <div className="vx-tooltip__row" key={s.name}>
                      <span className="vx-tooltip__swatch" style={{ background: colors[i] }} />
                      <span className="vx-tooltip__name">{s.name}</span>
                      <span className="vx-tooltip__value">
                        {formatNumber(row[`r${i}`], { digits: 3 })} · n={formatInteger(row[`n${i}`])}
                      </span>
                    </div>
                  ) : null,
                )}
              </div>
            );
          }}
        />
        {/* Count bars drawn in probability units (tallest = 0.25), so they stay a quiet strip along the bottom. */}
        {showCounts
          ? rows
              .filter((row) => row.count !== undefined)
              .map((row) => (
                <ReferenceArea key={`n${row.x}`} yAxisId="p" x1={Math.max(0, row.x - 0.018)} x2={Math.min(1, row.x + 0.018)} y1={0} y2={(0.25 * (row.count ?? 0)) / maxCount} fill={palette.axis} fillOpacity={0.75} stroke="none" />
              ))
          : null}
        <ReferenceLine yAxisId="p" segment={[{ x: 0, y: 0 }, { x: 1, y: 1 }]} stroke={palette.reference} strokeDasharray="4 4" />
        {series.map((s, i) => (
          <Line
            key={s.name}
            yAxisId="p"
            dataKey={`r${i}`}
            name={s.name}
            stroke={colors[i]}
            strokeWidth={s.role === "model" ? 2.25 : 1.75}
            strokeDasharray={s.role === "baseline" ? baselineDash : undefined}
            dot={{ r: 3.5, fill: colors[i], stroke: "#fff", strokeWidth: 1 }}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </ComposedChart>
    </ChartFrame>
  );
}
