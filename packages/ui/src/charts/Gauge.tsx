import { cx } from "../cx";
import { formatNumber } from "../format";
import { toneColor, palette, type Tone } from "../theme";

export interface GaugeBand {
  /** Upper end of the band (0-100); bands are read in ascending order. */
  to: number;
  tone: Tone;
  label?: string;
}

export const defaultHealthBands: GaugeBand[] = [
  { to: 40, tone: "bad", label: "Critical" },
  { to: 70, tone: "warn", label: "Watch" },
  { to: 100, tone: "good", label: "Healthy" },
];

/** The band a 0-100 value falls in (values are clamped). */
export function bandFor(value: number, bands: GaugeBand[] = defaultHealthBands): GaugeBand {
  const v = Math.min(100, Math.max(0, Number.isFinite(value) ? value : 0));
  return bands.find((band) => v <= band.to) ?? bands[bands.length - 1]!;
}

export interface GaugeProps {
  value: number;
  label: string;
  bands?: GaugeBand[];
  size?: number;
  testId?: string;
}

// Point on the upper half-circle for a 0-100 value (0 at the left end, 100 at the right).
function polar(cx0: number, cy0: number, r: number, value: number) {
  const angle = Math.PI * (1 - value / 100);
  return { x: cx0 + r * Math.cos(angle), y: cy0 - r * Math.sin(angle) };
}

function arc(cx0: number, cy0: number, r: number, from: number, to: number): string {
  const a = polar(cx0, cy0, r, from);
  const b = polar(cx0, cy0, r, to);
  return `M${a.x.toFixed(2)},${a.y.toFixed(2)} A${r},${r} 0 0 1 ${b.x.toFixed(2)},${b.y.toFixed(2)}`;
}

/** Half-circle gauge for a 0-100 score with coloured bands. Plain SVG. */
export function Gauge({ value, label, bands = defaultHealthBands, size = 160, testId }: GaugeProps) {
  const clamped = Math.min(100, Math.max(0, Number.isFinite(value) ? value : 0));
  const band = bandFor(clamped, bands);
  const stroke = 12;
  const r = size / 2 - stroke;
  const cx0 = size / 2;
  const cy0 = size / 2 + 2;
  let from = 0;
  return (
    <div className="vx-gauge" data-testid={testId}>
      <svg width={size} height={size / 2 + 14} viewBox={`0 0 ${size} ${size / 2 + 14}`} role="img" aria-label={`${label}: ${formatNumber(value, { digits: 0 })} of 100, ${band.label ?? band.tone}`}>
        {bands.map((b) => {
          const d = arc(cx0, cy0, r, from, b.to);
          from = b.to;
          return <path key={`${b.to}`} d={d} stroke={toneColor[b.tone]} strokeOpacity={0.18} strokeWidth={stroke} fill="none" />;
        })}
        {clamped > 0 ? <path d={arc(cx0, cy0, r, 0, clamped)} stroke={toneColor[band.tone]} strokeWidth={stroke} fill="none" strokeLinecap="butt" /> : null}
        <text x={cx0} y={cy0 - 6} textAnchor="middle" fontSize={size / 5} fontWeight={600} fill={palette.text}>
          {Number.isFinite(value) ? formatNumber(clamped, { digits: 0 }) : "—"}
        </text>
      </svg>
      <div className="vx-gauge__label">
        {label}
        {band.label ? <span className={cx("vx-health", `vx-health--${band.tone}`)}>{band.label}</span> : null}
      </div>
    </div>
  );
}

/** Compact pill for tables and headers: coloured dot, score, band name. */
export function HealthBadge({ value, bands = defaultHealthBands, label }: { value: number; bands?: GaugeBand[]; label?: string }) {
  const band = bandFor(value, bands);
  return (
    <span className={cx("vx-health", `vx-health--${band.tone}`)} title={label}>
      <span className={`vx-dot vx-dot--${band.tone}`} aria-hidden="true" />
      {Number.isFinite(value) ? formatNumber(Math.min(100, Math.max(0, value)), { digits: 0 }) : "—"}
      {band.label ? <span className="vx-health__band">{band.label}</span> : null}
    </span>
  );
}
