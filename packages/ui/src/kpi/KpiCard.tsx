import type { ReactNode } from "react";
import { cx } from "../cx";
import { formatValue, type FormatSpec } from "../format";
import type { Tone } from "../theme";
import { Sparkline } from "../charts/Sparkline";

export interface KpiDelta {
  /** The difference, in the unit of `format` (e.g. a fraction for percentPoints). */
  value: number;
  format?: FormatSpec;
  /** What the delta compares against, e.g. "vs baseline" or "vs last week". */
  label?: string;
  /** Which direction is an improvement; sets the tone when `tone` is not given. */
  goodWhen?: "up" | "down";
}

export interface KpiCardProps {
  label: string;
  value: number | string | null | undefined;
  format?: FormatSpec;
  /** Unit shown after the value in smaller type, e.g. "alerts/day". */
  unit?: string;
  delta?: KpiDelta;
  /** Tone of the delta (or of the value's marker without a delta). Derived from delta.goodWhen if omitted. */
  tone?: Tone;
  caption?: ReactNode;
  /** Longer explanation revealed on hover of the info mark. */
  help?: string;
  trend?: Array<number | null>;
  /** Set as data-testid, for e2e tests. */
  testId?: string;
}

/** Tone of a delta: zero is neutral, otherwise good when it moves in the good direction. */
export function deltaTone(delta: KpiDelta): Tone {
  if (!Number.isFinite(delta.value) || delta.value === 0 || !delta.goodWhen) return "neutral";
  return (delta.value > 0) === (delta.goodWhen === "up") ? "good" : "bad";
}

// Deltas always carry their sign ("+2.1 pp"), whatever the spec says.
function signedFormat(format: FormatSpec | undefined): FormatSpec {
  if (format === undefined) return { kind: "number", signed: true };
  return typeof format === "string" ? { kind: format, signed: true } : { ...format, signed: true };
}

export function KpiCard({ label, value, format = "number", unit, delta, tone, caption, help, trend, testId }: KpiCardProps) {
  const resolvedTone: Tone | undefined = tone ?? (delta ? deltaTone(delta) : undefined);
  const arrow = delta && Number.isFinite(delta.value) ? (delta.value > 0 ? "▲" : delta.value < 0 ? "▼" : "■") : "";
  return (
    <div className={cx("vx-kpi", resolvedTone && `vx-kpi--${resolvedTone}`)} data-testid={testId}>
      <div className="vx-kpi__label">
        {!delta && resolvedTone && resolvedTone !== "neutral" ? <span className={`vx-dot vx-dot--${resolvedTone}`} aria-hidden="true" /> : null}
        <span>{label}</span>
        {help ? (
          <span className="vx-info" title={help} aria-label={help} role="note">
            i
          </span>
        ) : null}
      </div>
      <div className="vx-kpi__value-row">
        <span className="vx-kpi__value" data-testid={testId ? `${testId}-value` : undefined}>
          {formatValue(value, format)}
        </span>
        {unit ? <span className="vx-kpi__unit">{unit}</span> : null}
      </div>
      {delta ? (
        <div className="vx-kpi__delta-row">
          <span className={cx("vx-delta", `vx-delta--${resolvedTone ?? "neutral"}`)}>
            <span aria-hidden="true">{arrow}</span> {formatValue(delta.value, signedFormat(delta.format))}
          </span>
          {delta.label ? <span className="vx-kpi__delta-label">{delta.label}</span> : null}
        </div>
      ) : null}
      {caption || trend ? (
        <div className="vx-kpi__footer">
          {caption ? <div className="vx-kpi__caption">{caption}</div> : <span />}
          {trend ? <Sparkline values={trend} width={96} height={28} label={`${label} trend`} /> : null}
        </div>
      ) : null}
    </div>
  );
}
