"use client";

import { CartesianGrid, Line, LineChart as RLineChart, ReferenceDot, ReferenceLine, XAxis, YAxis } from "recharts";
import { formatNumber, formatPercent } from "../format";
import { palette, seriesColor, type SeriesRole } from "../theme";
import { ChartFrame } from "./ChartFrame";
import { axisLabelStyle, axisProps, baselineDash, gridProps } from "./axisStyle";
import { thinCurve, type CurvePoint } from "./thinCurve";

export interface Curve {
  name: string;
  role?: SeriesRole;
  color?: string;
  /** ROC: x = false positive rate, y = true positive rate. PR: x = recall, y = precision. */
  points: ReadonlyArray<CurvePoint>;
  /** Area under the curve (ROC AUC, or average precision for PR), shown in the legend. */
  area?: number;
}

export interface CurveChartProps {
  kind: "roc" | "pr";
  curves: Curve[];
  label?: string;
  /** The chosen threshold's point on the model curve. */
  operatingPoint?: { x: number; y: number; label?: string };
  /** Share of positives; draws the no-skill line of a PR chart. */
  prevalence?: number;
  height?: number;
  caption?: string;
  testId?: string;
}

const axisText = {
  roc: { x: "False positive rate", y: "True positive rate", area: "AUC", chance: "Chance" },
  pr: { x: "Recall", y: "Precision", area: "AP", chance: "No skill" },
} as const;

/** Keep the operating point's label inside the plot: left of points near the right edge, below points at the top. */
function pointLabelPosition(point: { x: number; y: number }): "left" | "right" | "bottom" {
  if (point.x > 0.65) return "left";
  return point.y > 0.95 ? "bottom" : "right";
}

/** ROC or precision-recall curves, model against baseline, with the area in the legend. */
export function CurveChart({ kind, curves, label, operatingPoint, prevalence, height = 320, caption, testId }: CurveChartProps) {
  const text = axisText[kind];
  const drawn = curves.map((curve, i) => ({ ...curve, key: `c${i}`, color: seriesColor(curve, i), data: thinCurve(curve.points) }));
  const legend = drawn.map((c) => ({
    label: c.name,
    color: c.color,
    shape: c.role === "baseline" ? ("dash" as const) : ("line" as const),
    value: c.area !== undefined ? `${text.area} ${formatNumber(c.area, { digits: 3 })}` : undefined,
  }));
  const chanceShown = kind === "roc" || prevalence !== undefined;
  if (chanceShown) legend.push({ label: kind === "roc" ? text.chance : `${text.chance} (${formatPercent(prevalence, { digits: 2 })} positives)`, color: palette.reference, shape: "dash", value: undefined });
  return (
    <ChartFrame label={label ?? (kind === "roc" ? "ROC curve" : "Precision-recall curve")} height={height} caption={caption} testId={testId} legend={legend}>
      <RLineChart responsive margin={{ top: 12, right: 20, bottom: 18, left: 8 }} style={{ width: "100%", height: "100%" }}>
        <CartesianGrid {...gridProps} vertical />
        <XAxis
          dataKey="x"
          type="number"
          domain={[0, 1]}
          ticks={[0, 0.2, 0.4, 0.6, 0.8, 1]}
          tickFormatter={(v: number) => formatNumber(v, { digits: 1 })}
          label={{ value: text.x, position: "insideBottom", offset: -12, style: axisLabelStyle }}
          allowDataOverflow
          {...axisProps}
        />
        <YAxis
          dataKey="y"
          type="number"
          domain={[0, 1]}
          ticks={[0, 0.2, 0.4, 0.6, 0.8, 1]}
          tickFormatter={(v: number) => formatNumber(v, { digits: 1 })}
          width={52}
          label={{ value: text.y, angle: -90, position: "insideLeft", offset: 6, style: { ...axisLabelStyle, textAnchor: "middle" } }}
          allowDataOverflow
          {...axisProps}
        />
        {kind === "roc" ? (
          <ReferenceLine segment={[{ x: 0, y: 0 }, { x: 1, y: 1 }]} stroke={palette.reference} strokeDasharray="4 4" />
        ) : prevalence !== undefined ? (
          <ReferenceLine y={prevalence} stroke={palette.reference} strokeDasharray="4 4" />
        ) : null}
        {drawn.map((c) => (
          <Line
            key={c.key}
            data={c.data}
            dataKey="y"
            name={c.name}
            stroke={c.color}
            strokeWidth={c.role === "model" ? 2.25 : 1.75}
            strokeDasharray={c.role === "baseline" ? baselineDash : undefined}
            dot={false}
            activeDot={false}
            isAnimationActive={false}
            type="linear"
          />
        ))}
        {operatingPoint ? (
          <ReferenceDot
            x={operatingPoint.x}
            y={operatingPoint.y}
            r={5}
            fill={palette.model}
            stroke="#fff"
            strokeWidth={2}
            label={operatingPoint.label ? { value: operatingPoint.label, position: pointLabelPosition(operatingPoint), fill: palette.text, fontSize: 12, offset: 10 } : undefined}
          />
        ) : null}
      </RLineChart>
    </ChartFrame>
  );
}
