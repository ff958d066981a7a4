"use client";

import { Area, CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame, palette } from "@verticals/ui";

export interface RulPoint {
  cycle: number;
  rul: number;
  p05: number;
  p10: number;
  p90: number;
  p95: number;
  trueRul: number | null;
}

interface Row {
  cycle: number;
  rul: number;
  band80: [number, number];
  band90: [number, number];
  trueRul: number | null;
}

const fmt = (v: unknown) => (typeof v === "number" ? Math.round(v).toString() : Array.isArray(v) ? v.map((x) => Math.round(Number(x))).join("–") : "—");

/**
 * The RUL the model predicted after each cycle of an engine's history: median line, 80% and 90% bands, the true
 * RUL when known (dashed, dark), the plan horizon shaded near zero and the model's cap.
 */
export function RulHistoryChart({ points, cap, horizon, height = 320, testId }: { points: RulPoint[]; cap: number; horizon: number; height?: number; testId?: string }) {
  const rows: Row[] = points.map((p) => ({ cycle: p.cycle, rul: p.rul, band80: [p.p10, p.p90], band90: [p.p05, p.p95], trueRul: p.trueRul }));
  const hasTruth = points.some((p) => p.trueRul !== null);
  // The y axis stops a little above the cap: beyond it the model does not tell engines apart, and a true RUL of
  // 300 early in life would squash everything else (the line is cut at the top instead).
  const maxY = Math.min(cap + 75, Math.max(cap + 25, ...points.map((p) => p.p95)));
  return (
    <ChartFrame
      label="Predicted remaining useful life over the engine's history"
      height={height}
      testId={testId}
      caption={`The model says at most "${cap} cycles or more" (its cap) early in life; the band comes from its errors on engines it never trained on.`}
      legend={[
        { label: "Predicted RUL", color: palette.model, shape: "line" },
        { label: "80% band", color: palette.model, shape: "box", opacity: 0.3 },
        { label: "90% band", color: palette.model, shape: "box", opacity: 0.12 },
        ...(hasTruth ? [{ label: "True RUL", color: palette.actual, shape: "dash" as const }] : []),
        { label: `Plan horizon (${horizon} cycles)`, color: palette.bad, shape: "box" as const, opacity: 0.15 },
      ]}
    >
      <ComposedChart responsive data={rows} margin={{ top: 8, right: 16, bottom: 18, left: 4 }} style={{ width: "100%", height: "100%" }}>
        <CartesianGrid stroke={palette.grid} vertical={false} />
        <XAxis
          dataKey="cycle"
          type="number"
          domain={["dataMin", "dataMax"]}
          tick={{ fill: palette.muted, fontSize: 12 }}
          tickLine={false}
          axisLine={{ stroke: palette.axis }}
          label={{ value: "cycle", position: "insideBottom", offset: -10, style: { fill: palette.muted, fontSize: 12 } }}
        />
        <YAxis
          domain={[0, Math.ceil(maxY / 25) * 25]}
          allowDataOverflow
          tick={{ fill: palette.muted, fontSize: 12 }}
          tickLine={false}
          axisLine={{ stroke: palette.axis }}
          width={52}
          label={{ value: "cycles left", angle: -90, position: "insideLeft", style: { fill: palette.muted, fontSize: 12, textAnchor: "middle" } }}
        />
        <ReferenceArea y1={0} y2={horizon} fill={palette.bad} fillOpacity={0.06} stroke="none" />
        <ReferenceLine y={cap} stroke={palette.reference} strokeDasharray="3 3" label={{ value: `cap ${cap}`, position: "insideTopRight", fill: palette.muted, fontSize: 11 }} />
        <Tooltip
          content={({ active, label, payload }) =>
            active && payload && payload.length ? (
              <div className="vx-tooltip">
                <div className="vx-tooltip__label">Cycle {String(label)}</div>
                {payload.map((entry, i) => (
                  <div className="vx-tooltip__row" key={i}>
                    <span className="vx-tooltip__swatch" style={{ background: entry.color }} />
                    <span className="vx-tooltip__name">{String(entry.name)}</span>
                    <span className="vx-tooltip__value">{fmt(entry.value)}</span>
                  </div>
                ))}
              </div>
            ) : null
          }
        />
        <Area dataKey="band90" name="90% band" stroke="none" fill={palette.model} fillOpacity={0.1} isAnimationActive={false} activeDot={false} />
        <Area dataKey="band80" name="80% band" stroke="none" fill={palette.model} fillOpacity={0.22} isAnimationActive={false} activeDot={false} />
        {hasTruth ? <Line dataKey="trueRul" name="True RUL" stroke={palette.actual} strokeWidth={1.5} strokeDasharray="6 4" dot={false} isAnimationActive={false} /> : null}
        <Line dataKey="rul" name="Predicted RUL" stroke={palette.model} strokeWidth={2.25} dot={false} isAnimationActive={false} />
      </ComposedChart>
    </ChartFrame>
  );
}
