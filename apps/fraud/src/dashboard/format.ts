// Display helpers specific to this app (the shared ones live in @verticals/ui).

/** Fraud probability as shown to people: "97.3%", "0.4%", "<0.1%", ">99.9%". */
export function formatProbability(p: number): string {
  if (!Number.isFinite(p)) return "—";
  if (p < 0.001) return "<0.1%";
  if (p > 0.999) return ">99.9%";
  const percent = p * 100;
  return `${percent < 10 ? percent.toFixed(1) : percent.toFixed(percent > 99 ? 1 : 0)}%`;
}

/** "Day 2, 14:05": ULB times are seconds since the first transaction of the file. */
export function formatTransactionTime(seconds: number): string {
  if (!Number.isFinite(seconds)) return "—";
  const day = Math.floor(seconds / 86_400) + 1;
  const within = seconds % 86_400;
  const hh = String(Math.floor(within / 3600)).padStart(2, "0");
  const mm = String(Math.floor((within % 3600) / 60)).padStart(2, "0");
  return `Day ${day}, ${hh}:${mm}`;
}

export const DECISION_LABELS = { approve: "Approved", review: "Review", block: "Blocked" } as const;
export const CURRENCY = "EUR";
