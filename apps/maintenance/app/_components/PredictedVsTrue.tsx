import { palette } from "@verticals/ui";

/** Predicted RUL (with its 80% band) against the true RUL, one point per test engine; the diagonal is perfect. */
export function PredictedVsTrue({ points, max = 150, testId }: { points: { trueRul: number; rul: number; p10: number; p90: number }[]; max?: number; testId?: string }) {
  const size = 360;
  const pad = { left: 46, right: 12, top: 10, bottom: 40 };
  const w = size - pad.left - pad.right;
  const h = size - pad.top - pad.bottom;
  const x = (v: number) => pad.left + (Math.min(Math.max(v, 0), max) / max) * w;
  const y = (v: number) => pad.top + h - (Math.min(Math.max(v, 0), max) / max) * h;
  const ticks = [0, 50, 100, 150].filter((t) => t <= max);
  return (
    <figure className="vx-chart" aria-label="Predicted against true remaining useful life of the test engines" data-testid={testId}>
      <ul className="vx-legend">
        <li className="vx-legend__item">
          <span className="vx-swatch vx-swatch--dot" style={{ color: palette.model }} aria-hidden="true" />
          <span className="vx-legend__label">Engine (prediction and 80% band)</span>
        </li>
        <li className="vx-legend__item">
          <span className="vx-swatch vx-swatch--dash" style={{ color: palette.reference }} aria-hidden="true" />
          <span className="vx-legend__label">Perfect prediction</span>
        </li>
      </ul>
      <svg viewBox={`0 0 ${size} ${size}`} width="100%" style={{ maxWidth: 460 }} role="img">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(0)} x2={x(max)} y1={y(t)} y2={y(t)} stroke={palette.grid} />
            <text x={pad.left - 6} y={y(t) + 4} textAnchor="end" fontSize={11} fill={palette.muted}>
              {t}
            </text>
            <text x={x(t)} y={pad.top + h + 16} textAnchor="middle" fontSize={11} fill={palette.muted}>
              {t}
            </text>
          </g>
        ))}
        <line x1={x(0)} y1={y(0)} x2={x(max)} y2={y(max)} stroke={palette.reference} strokeDasharray="4 4" />
        {points.map((p, i) => (
          <g key={i}>
            <line x1={x(p.trueRul)} x2={x(p.trueRul)} y1={y(p.p10)} y2={y(p.p90)} stroke={palette.model} strokeOpacity={0.18} strokeWidth={2} />
            <circle cx={x(p.trueRul)} cy={y(p.rul)} r={3} fill={palette.model} fillOpacity={0.75} />
          </g>
        ))}
        <text x={pad.left + w / 2} y={size - 6} textAnchor="middle" fontSize={12} fill={palette.muted}>
          true RUL (cycles)
        </text>
        <text x={12} y={pad.top + h / 2} textAnchor="middle" fontSize={12} fill={palette.muted} transform={`rotate(-90 12 ${pad.top + h / 2})`}>
          predicted RUL
        </text>
      </svg>
    </figure>
  );
}
