// Why one transaction scored what it did: each field's share of the move from the average legitimate
// transaction's probability to this one's, as bars left (towards legitimate) or right (towards fraud).
import { palette } from "@verticals/ui";
import type { Contribution } from "../../../src/pipeline/explain";

export interface ContributionBarsProps {
  contributions: Contribution[];
  /** Bars shown; the rest are added up in one "other fields" bar. */
  top?: number;
  testId?: string;
}

const W = 760;
const ROW = 30;
const LABEL = 250;
const VALUE = 74;

const fmt = (v: number) => (Math.abs(v) >= 1000 ? v.toFixed(0) : Math.abs(v) >= 100 ? v.toFixed(1) : v.toFixed(2));
const points = (v: number) => `${v > 0 ? "+" : v < 0 ? "−" : ""}${Math.abs(v * 100) < 0.05 ? "0.0" : Math.abs(v * 100).toFixed(1)} pts`;

export function ContributionBars({ contributions, top = 10, testId }: ContributionBarsProps) {
  const shown = contributions.slice(0, top);
  const rest = contributions.slice(top);
  const rows = rest.length > 0 ? [...shown, { field: `${rest.length} other fields`, value: Number.NaN, typical: Number.NaN, contribution: rest.reduce((a, c) => a + c.contribution, 0) }] : shown;
  const max = Math.max(...rows.map((r) => Math.abs(r.contribution)), 1e-9);
  const zero = LABEL + (W - LABEL - VALUE) / 2;
  const half = (W - LABEL - VALUE) / 2 - 6;
  const height = rows.length * ROW + 30;
  return (
    <figure className="fraud-chart" data-testid={testId}>
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-label="Contribution of each field to the fraud probability">
        <text x={zero - 8} y={12} fontSize={11.5} fill={palette.good} textAnchor="end">
          ◀ towards legitimate
        </text>
        <text x={zero + 8} y={12} fontSize={11.5} fill={palette.bad}>
          towards fraud ▶
        </text>
        <line x1={zero} x2={zero} y1={20} y2={height - 4} stroke={palette.axis} />
        {rows.map((row, i) => {
          const y = 24 + i * ROW;
          const length = (Math.abs(row.contribution) / max) * half;
          const up = row.contribution >= 0;
          const label = Number.isFinite(row.value) ? `${row.field} = ${fmt(row.value)}` : row.field;
          const typical = Number.isFinite(row.typical) ? `typical ${fmt(row.typical)}` : "";
          return (
            <g key={row.field} data-field={row.field}>
              <text x={LABEL - 10} y={y + 13} fontSize={12.5} fill={palette.text} textAnchor="end" fontWeight={600}>
                {label}
              </text>
              <text x={LABEL - 10} y={y + 25} fontSize={10.5} fill={palette.muted} textAnchor="end">
                {typical}
              </text>
              <rect x={up ? zero : zero - length} y={y + 4} width={Math.max(1, length)} height={ROW - 10} rx={3} fill={up ? palette.bad : palette.good} fillOpacity={0.85} />
              <text x={W - 4} y={y + 17} fontSize={12} fill={up ? palette.bad : palette.good} textAnchor="end" fontWeight={600}>
                {points(row.contribution)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
