"use client";

import { MISSING } from "../format";

interface TooltipEntry {
  name?: string | number;
  value?: unknown;
  color?: string;
  dataKey?: unknown;
  payload?: unknown;
}

export interface ChartTooltipProps {
  active?: boolean;
  label?: string | number;
  payload?: ReadonlyArray<TooltipEntry>;
  formatLabel?: (label: string | number) => string;
  formatValue?: (value: number) => string;
}

function show(value: unknown, formatValue?: (value: number) => string): string {
  if (Array.isArray(value)) return value.map((v) => show(v, formatValue)).join(" – ");
  if (typeof value === "number") return Number.isFinite(value) ? (formatValue ? formatValue(value) : String(value)) : MISSING;
  if (value === null || value === undefined) return MISSING;
  return String(value);
}

/** Tooltip body in the dashboard style; ranges ([low, high]) show as "low – high". */
export function ChartTooltip({ active, label, payload, formatLabel, formatValue }: ChartTooltipProps) {
  if (!active || !payload || payload.length === 0) return null;
  const rows = payload.filter((entry) => entry.value !== null && entry.value !== undefined);
  return (
    <div className="vx-tooltip">
      {label !== undefined ? <div className="vx-tooltip__label">{formatLabel ? formatLabel(label) : String(label)}</div> : null}
      {rows.map((entry, i) => (
        <div className="vx-tooltip__row" key={`${String(entry.name)}-${i}`}>
          <span className="vx-tooltip__swatch" style={{ background: entry.color }} />
          <span className="vx-tooltip__name">{String(entry.name ?? "")}</span>
          <span className="vx-tooltip__value">{show(entry.value, formatValue)}</span>
        </div>
      ))}
    </div>
  );
}
