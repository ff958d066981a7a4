import Link from "next/link";
import { formatNumber, palette } from "@verticals/ui";

export interface ForestRow {
  id: string;
  rul: number;
  p10: number;
  p90: number;
  trueRul: number | null;
  service: boolean;
}

/**
 * One line per engine: predicted RUL (dot), its 80% band (bar) and, where known, the true RUL (diamond), against
 * the plan horizon. Plain SVG drawn on the server.
 */
export function RulForest({ rows, horizon, maxCycles = 150, testId }: { rows: ForestRow[]; horizon: number; maxCycles?: number; testId?: string }) {
  const rowH = 22;
  const left = 74;
  const right = 16;
  const top = 26;
  const width = 560;
  const height = top + rows.length * rowH + 40;
  const plotW = width - left - right;
  const x = (v: number) => left + (Math.min(Math.max(v, 0), maxCycles) / maxCycles) * plotW;
  const ticks = [0, 25, 50, 75, 100, 125, 150].filter((t) => t <= maxCycles);
  return (
    <figure className="vx-chart mt-forest" aria-label="Predicted remaining useful life with 80% band for the riskiest engines" data-testid={testId}>
      <ul className="vx-legend">
        <li className="vx-legend__item">
          <span className="vx-swatch vx-swatch--dot" style={{ color: palette.model }} aria-hidden="true" />
          <span className="vx-legend__label">Predicted RUL</span>
        </li>
        <li className="vx-legend__item">
          <span className="vx-swatch vx-swatch--box" style={{ color: palette.model, opacity: 0.3 }} aria-hidden="true" />
          <span className="vx-legend__label">80% band</span>
        </li>
        <li className="vx-legend__item">
          <span className="mt-diamond" aria-hidden="true" />
          <span className="vx-legend__label">True RUL (known for test engines)</span>
        </li>
      </ul>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img">
        <rect x={x(0)} y={top - 8} width={x(horizon) - x(0)} height={rows.length * rowH + 8} fill={palette.bad} opacity={0.06} />
        <text x={x(0) + 2} y={top - 11} textAnchor="start" fontSize={10.5} fill={palette.bad}>
          ← fails within the {horizon}-cycle plan horizon
        </text>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={top - 6} y2={top + rows.length * rowH} stroke={palette.grid} />
            <text x={x(t)} y={height - 22} textAnchor="middle" fontSize={11} fill={palette.muted}>
              {t}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = top + i * rowH + rowH / 2;
          return (
            <g key={r.id}>
              <Link href={`/assets/${r.id}`}>
                <text x={left - 10} y={y + 4} textAnchor="end" fontSize={12} fill={palette.model} fontWeight={500}>
                  {r.service ? "⚑ " : ""}
                  {r.id}
                </text>
              </Link>
              <line x1={x(r.p10)} x2={x(r.p90)} y1={y} y2={y} stroke={palette.model} strokeOpacity={0.3} strokeWidth={8} strokeLinecap="round" />
              <circle cx={x(r.rul)} cy={y} r={4.5} fill={palette.model} />
              {r.trueRul !== null ? <path d={`M${x(r.trueRul)},${y - 5} l5,5 l-5,5 l-5,-5 z`} fill={palette.actual} opacity={0.85} /> : null}
              <title>{`${r.id}: predicted ${formatNumber(r.rul, { digits: 0 })} cycles (80%: ${formatNumber(r.p10, { digits: 0 })}–${formatNumber(r.p90, { digits: 0 })})${r.trueRul !== null ? `, true ${r.trueRul}` : ""}`}</title>
            </g>
          );
        })}
        <text x={left + plotW / 2} y={height - 4} textAnchor="middle" fontSize={11} fill={palette.muted}>
          cycles left
        </text>
      </svg>
    </figure>
  );
}
