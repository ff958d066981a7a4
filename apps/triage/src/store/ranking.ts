// The worklist order, in one pure function so it is tested and documented in one place:
//   1. URGENT: flagged by the model (calibrated probability >= operating threshold), highest probability first;
//      equal probabilities (to 3 decimals) are read oldest first.
//   2. OVERDUE: not flagged but waiting longer than the reading target (default 4 hours), oldest first, so a
//      negative score never parks a study indefinitely.
//   3. ROUTINE: everything else, first come first served.
// Decided studies leave the worklist.

export const DEFAULT_READING_TARGET_MINUTES = 240;

export type Tier = "urgent" | "overdue" | "routine";

export interface RankInput {
  id: number;
  probability: number;
  flagged: boolean;
  arrivedAt: Date;
}

export interface Ranked<T extends RankInput> {
  item: T;
  rank: number;
  tier: Tier;
  waitingMinutes: number;
}

const TIER_ORDER: Record<Tier, number> = { urgent: 0, overdue: 1, routine: 2 };

export function rankWorklist<T extends RankInput>(items: T[], now: Date, readingTargetMinutes = DEFAULT_READING_TARGET_MINUTES): Ranked<T>[] {
  const withTier = items.map((item) => {
    const waitingMinutes = Math.max(0, (now.getTime() - item.arrivedAt.getTime()) / 60_000);
    const tier: Tier = item.flagged ? "urgent" : waitingMinutes > readingTargetMinutes ? "overdue" : "routine";
    return { item, tier, waitingMinutes };
  });
  withTier.sort((a, b) => {
    if (a.tier !== b.tier) return TIER_ORDER[a.tier] - TIER_ORDER[b.tier];
    if (a.tier === "urgent") {
      const pa = Math.round(a.item.probability * 1000);
      const pb = Math.round(b.item.probability * 1000);
      if (pa !== pb) return pb - pa;
    }
    const byArrival = a.item.arrivedAt.getTime() - b.item.arrivedAt.getTime();
    return byArrival !== 0 ? byArrival : a.item.id - b.item.id;
  });
  return withTier.map((entry, index) => ({ ...entry, rank: index + 1 }));
}

/** "4 h", "90 min": a reading target as people say it. */
export function formatReadingTarget(minutes: number): string {
  return minutes % 60 === 0 ? `${minutes / 60} h` : `${Math.round(minutes)} min`;
}

/** The order in words, for the worklist and the model card. */
export function rankingRule(readingTargetMinutes = DEFAULT_READING_TARGET_MINUTES): string {
  return (
    "Flagged studies (calibrated probability at or above the operating threshold) come first, highest probability first; " +
    `then unflagged studies waiting longer than the ${formatReadingTarget(readingTargetMinutes)} reading target, oldest first; then the rest, first come first served.`
  );
}
