// Number formatting for dashboards. A fixed locale keeps server and client output identical (no hydration
// mismatch) and non-finite values always render as an em dash, never "NaN" or "Infinity".

const LOCALE = "en-US";
export const MISSING = "—";

export type FormatKind = "number" | "integer" | "percent" | "percentPoints" | "money" | "compact" | "duration" | "date" | "dateShort";

/** A serialisable format description: server components can pass it to client components (functions cannot cross). */
export type FormatSpec =
  | FormatKind
  | {
      kind: FormatKind;
      /** Digits after the decimal point (significant handling is per kind). */
      digits?: number;
      /** Prefix positive values with "+" (for deltas). */
      signed?: boolean;
      /** ISO 4217 code for money, default USD. */
      currency?: string;
      /** Suffix appended after a space, e.g. "rows/s". */
      unit?: string;
    };

export type Formatter = (value: number) => string;
export type FormatInput = FormatSpec | Formatter;

const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

function signPrefix(value: number, signed: boolean | undefined): string {
  return signed && value > 0 ? "+" : "";
}

/** Plain number with thousands separators; `digits` fixed, else up to 2 for small and 0 for large magnitudes. */
export function formatNumber(value: number | null | undefined, options: { digits?: number; signed?: boolean } = {}): string {
  if (!isFiniteNumber(value)) return MISSING;
  const abs = Math.abs(value);
  const digits = options.digits ?? (abs >= 1000 ? 0 : abs >= 100 ? 1 : abs >= 1 ? 2 : 3);
  const text = new Intl.NumberFormat(LOCALE, {
    minimumFractionDigits: options.digits ?? 0,
    maximumFractionDigits: digits,
  }).format(value);
  return signPrefix(value, options.signed) + text;
}

/** Integer with separators: 284807 -> "284,807". */
export function formatInteger(value: number | null | undefined, options: { signed?: boolean } = {}): string {
  if (!isFiniteNumber(value)) return MISSING;
  return signPrefix(value, options.signed) + new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 }).format(value);
}

/** A fraction as a percentage: 0.1234 -> "12.3%". */
export function formatPercent(fraction: number | null | undefined, options: { digits?: number; signed?: boolean } = {}): string {
  if (!isFiniteNumber(fraction)) return MISSING;
  const digits = options.digits ?? 1;
  return signPrefix(fraction, options.signed) + fixed(fraction * 100, digits) + "%";
}

/** A difference of two fractions in percentage points: 0.023 -> "+2.3 pp". */
export function formatPercentPoints(delta: number | null | undefined, options: { digits?: number; signed?: boolean } = {}): string {
  if (!isFiniteNumber(delta)) return MISSING;
  const digits = options.digits ?? 1;
  return signPrefix(delta, options.signed ?? true) + fixed(delta * 100, digits) + " pp";
}

/** Money: cents below 1,000, whole units above, compact ("$1.2M") from a million. */
export function formatMoney(
  value: number | null | undefined,
  options: { currency?: string; digits?: number; signed?: boolean } = {},
): string {
  if (!isFiniteNumber(value)) return MISSING;
  const currency = options.currency ?? "USD";
  const abs = Math.abs(value);
  const compact = abs >= 1_000_000 && options.digits === undefined;
  const digits = options.digits ?? (abs >= 1000 ? 0 : 2);
  const text = new Intl.NumberFormat(LOCALE, {
    style: "currency",
    currency,
    notation: compact ? "compact" : "standard",
    minimumFractionDigits: compact ? 0 : digits,
    maximumFractionDigits: compact ? 1 : digits,
  }).format(value);
  return signPrefix(value, options.signed) + text;
}

/** Short counts: 950 -> "950", 284807 -> "284.8k", 3_400_000 -> "3.4M". */
export function formatCompact(value: number | null | undefined, options: { digits?: number; signed?: boolean } = {}): string {
  if (!isFiniteNumber(value)) return MISSING;
  const digits = options.digits ?? 1;
  const units: Array<[number, string]> = [
    [1, ""],
    [1e3, "k"],
    [1e6, "M"],
    [1e9, "B"],
    [1e12, "T"],
  ];
  const abs = Math.abs(value);
  let index = 0;
  while (index + 1 < units.length && abs >= units[index + 1]![0]) index++;
  let scaled = Number((abs / units[index]![0]).toFixed(digits));
  // Rounding can carry into the next unit: 999,960 is "1M", not "1000k".
  if (scaled >= 1000 && index + 1 < units.length) {
    index++;
    scaled = Number((abs / units[index]![0]).toFixed(digits));
  }
  const sign = value < 0 ? "-" : signPrefix(value, options.signed);
  return sign + trimZeros(scaled.toFixed(index === 0 && Number.isInteger(abs) ? 0 : digits)) + units[index]![1];
}

/** Durations in milliseconds: 850 -> "850 ms", 12400 -> "12.4 s", 185000 -> "3 min 05 s", 8040000 -> "2 h 14 min". */
export function formatDuration(ms: number | null | undefined): string {
  if (!isFiniteNumber(ms)) return MISSING;
  const sign = ms < 0 ? "-" : "";
  const abs = Math.abs(ms);
  if (abs < 1) return `${sign}${abs.toFixed(2)} ms`;
  if (abs < 1000) return `${sign}${Math.round(abs)} ms`;
  const seconds = abs / 1000;
  if (seconds < 10) return `${sign}${seconds.toFixed(2)} s`;
  if (seconds < 60) return `${sign}${seconds.toFixed(1)} s`;
  const totalSeconds = Math.round(seconds);
  const minutes = Math.floor(totalSeconds / 60);
  if (minutes < 60) return `${sign}${minutes} min ${String(totalSeconds % 60).padStart(2, "0")} s`;
  const totalMinutes = Math.round(seconds / 60);
  const hours = Math.floor(totalMinutes / 60);
  if (hours < 24) return `${sign}${hours} h ${String(totalMinutes % 60).padStart(2, "0")} min`;
  const totalHours = Math.round(seconds / 3600);
  return `${sign}${Math.floor(totalHours / 24)} d ${totalHours % 24} h`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A date as "14 Mar 2016", read in UTC so server and browser agree. Accepts epoch ms or an ISO string. */
export function formatDate(value: number | string | Date | null | undefined): string {
  if (value === null || value === undefined) return MISSING;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return MISSING;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A date as "14 Mar" (UTC), for dense time axes. */
export function formatDateShort(value: number | string | Date | null | undefined): string {
  const full = formatDate(value);
  return full === MISSING ? full : full.split(" ").slice(0, 2).join(" ");
}

/** Format a value with a spec or a function; strings pass through untouched. */
export function formatValue(value: number | string | null | undefined, format: FormatInput = "number"): string {
  if (value === null || value === undefined) return MISSING;
  if (typeof format === "function") return typeof value === "string" ? value : isFiniteNumber(value) ? format(value) : MISSING;
  const spec = typeof format === "string" ? { kind: format } : format;
  // Strings are already formatted, except ISO dates asked to be shown as dates.
  if (typeof value === "string") return spec.kind === "date" ? formatDate(value) : spec.kind === "dateShort" ? formatDateShort(value) : value;
  const options = { digits: spec.digits, signed: spec.signed };
  let text: string;
  switch (spec.kind) {
    case "number":
      text = formatNumber(value, options);
      break;
    case "integer":
      text = formatInteger(value, options);
      break;
    case "percent":
      text = formatPercent(value, options);
      break;
    case "percentPoints":
      text = formatPercentPoints(value, options);
      break;
    case "money":
      text = formatMoney(value, { ...options, currency: spec.currency });
      break;
    case "compact":
      text = formatCompact(value, options);
      break;
    case "duration":
      text = formatDuration(value);
      break;
    case "date":
      text = formatDate(value);
      break;
    case "dateShort":
      text = formatDateShort(value);
      break;
  }
  return spec.unit && text !== MISSING ? `${text} ${spec.unit}` : text;
}

/** Resolve a spec or function into a function, for chart axes and tooltips. */
export function toFormatter(format: FormatInput = "number"): Formatter {
  return (value: number) => formatValue(value, format);
}

// toFixed keeps the sign of values that round to zero ("-0.0"); a dashboard should show "0.0".
function fixed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return Number(text) === 0 ? text.replace(/^-/, "") : text;
}

function trimZeros(text: string): string {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}
