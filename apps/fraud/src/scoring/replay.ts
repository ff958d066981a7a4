// The held-back test rows as a stream of demo transactions: the first half is what `seed` scores into the
// store, the rest is what the dashboard's replay posts to the scoring API one by one. Both read the same rows
// through these functions, so a row is never seeded and replayed twice.
import { holdoutColumns, type Holdout } from "../pipeline/artifact";
import { rowAt } from "../pipeline/columns";
import type { Store } from "../store/client";
import { demoKeys, transactionKey } from "../store/demo-rows";
import type { TransactionInput } from "./validate";

/** Share of the held-back rows scored by seed; the rest is what the dashboard's replay streams. */
export const SEED_SHARE = 0.5;

export const seedRowCount = (holdout: Holdout) => Math.floor(holdout.labels.length * SEED_SHARE);

/** Held-back rows [start, end) as API inputs: reference "holdout-<index>", known class attached. */
export function holdoutInputs(holdout: Holdout, start: number, end: number): TransactionInput[] {
  const { data, labels } = holdoutColumns(holdout, start, end);
  return Array.from({ length: data.rows }, (_, i) => ({
    transaction: rowAt(data, i),
    reference: `holdout-${start + i}`,
    knownClass: labels[i] === 1 ? 1 : 0,
  }));
}

/**
 * The next `count` held-back rows of the replay part (after the seeded half) that are not yet in the store as
 * demo rows, whichever version scored them: the replay streams each transaction once, and not again after a
 * retrain when an analyst has reviewed it under the earlier version.
 */
export async function nextReplayInputs(store: Store, holdout: Holdout, count: number): Promise<{ inputs: TransactionInput[]; remaining: number }> {
  const present = await demoKeys(store);
  const pending = holdoutInputs(holdout, seedRowCount(holdout), holdout.labels.length).filter((input) => !present.has(transactionKey(input.transaction)));
  return { inputs: pending.slice(0, count), remaining: Math.max(0, pending.length - count) };
}
