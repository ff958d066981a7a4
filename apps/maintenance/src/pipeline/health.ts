// The health score of an engine, 0-100, from its RUL distribution.
//
// Definition: health = 100 x (pessimistic RUL / healthy-life budget), clipped to [0, 100], where the pessimistic
// RUL is the 10th percentile of the predicted RUL distribution (the engine has at least this much life left in
// 9 cases out of 10) and the healthy-life budget is the RUL cap (125 cycles): the horizon beyond which the model
// does not tell engines apart. So 100 means "even in a bad case, more than 125 cycles left", 40 means "in a bad
// case about 50 cycles left", 0 means "may fail now". Using the 10th percentile rather than the median makes an
// uncertain engine look less healthy than a well-understood one with the same median.
//
// Bands (the dashboard's badges use the same): Critical up to 40, Watch up to 70, Healthy above 70.

export const HEALTH_BANDS = [
  { to: 40, tone: "bad", label: "Critical" },
  { to: 70, tone: "warn", label: "Watch" },
  { to: 100, tone: "good", label: "Healthy" },
] as const;

export function healthScore(pessimisticRul: number, cap: number): number {
  if (!(cap > 0)) throw new RangeError(`healthScore: cap must be positive, got ${cap}`);
  if (!Number.isFinite(pessimisticRul)) return 0;
  const score = (100 * pessimisticRul) / cap;
  return score < 0 ? 0 : score > 100 ? 100 : score;
}

export function healthBand(score: number): (typeof HEALTH_BANDS)[number]["label"] {
  return (HEALTH_BANDS.find((b) => score <= b.to) ?? HEALTH_BANDS[HEALTH_BANDS.length - 1]!).label;
}
