// Small display helpers for the pages (server and client).

export function percent(value: number, digits = 1): string {
  return `${(value * 100).toFixed(digits)}%`;
}

export function waiting(minutes: number): string {
  if (minutes < 1) return "just now";
  // Round once, then split: rounding the remainder alone turned 9 h 59.7 min into "9 h 60 min".
  const total = Math.round(minutes);
  if (total < 60) return `${total} min`;
  const h = Math.floor(total / 60);
  const m = total % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export function clock(date: Date): string {
  return date.toISOString().replace("T", " ").slice(0, 16) + " UTC";
}

export const TIER_LABEL = { urgent: "Urgent", overdue: "Overdue", routine: "Routine" } as const;
export const TIER_TONE = { urgent: "bad", overdue: "warn", routine: "neutral" } as const;

/** An audit event's JSON details as "key value · key value" (values only as recorded; never patient data). */
export function detailsText(json: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return json;
  }
  if (!parsed || typeof parsed !== "object") return String(parsed);
  return Object.entries(parsed as Record<string, unknown>)
    .map(([key, value]) => `${key} ${typeof value === "object" && value !== null ? JSON.stringify(value).replace(/[{}"]/g, "").replace(/,/g, ", ").replace(/:/g, " ") : String(value)}`)
    .join(" · ");
}

/** A probability for display: never rounds a non-certain score up to 100% or down to 0%. */
export function probabilityText(p: number): string {
  if (p >= 0.9995) return ">99.9%";
  if (p < 0.0005) return "<0.1%";
  return percent(p);
}
