import { palette } from "../theme";

export interface SparklineProps {
  values: Array<number | null>;
  width?: number;
  height?: number;
  color?: string;
  /** Fill the area under the line with a faint tint. */
  area?: boolean;
  /** Accessible description, e.g. "Daily alerts, last 30 days". */
  label?: string;
}

/** Path commands for a sparkline; gaps (null or non-finite) break the line. Exported for tests. */
export function sparklinePath(values: Array<number | null>, width: number, height: number, pad = 2): string {
  const finite = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  if (finite.length === 0) return "";
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const span = max - min || 1;
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  let path = "";
  let penDown = false;
  values.forEach((value, i) => {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      penDown = false;
      return;
    }
    const x = pad + i * step;
    // A flat series sits in the middle rather than on the floor.
    const y = max === min ? height / 2 : height - pad - ((value - min) / span) * (height - 2 * pad);
    path += `${penDown ? "L" : "M"}${x.toFixed(1)},${y.toFixed(1)}`;
    penDown = true;
  });
  return path;
}

/** A tiny trend line without axes, rendered as plain SVG (works on the server). */
export function Sparkline({ values, width = 120, height = 32, color = palette.model, area = true, label }: SparklineProps) {
  const path = sparklinePath(values, width, height);
  const firstX = 2;
  const lastX = values.length > 1 ? width - 2 : 2;
  const areaPath = area && path && !path.slice(1).includes("M") ? `${path}L${lastX},${height}L${firstX},${height}Z` : "";
  return (
    <svg className="vx-sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label ?? "Trend"}>
      {areaPath ? <path d={areaPath} fill={color} opacity={0.1} /> : null}
      {path ? <path d={path} fill="none" stroke={color} strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" /> : null}
    </svg>
  );
}
