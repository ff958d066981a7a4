// Where a ROC-AUC is lost. The AUC is the share of (positive, negative) pairs ranked the right way round, so
// 1 − AUC splits exactly into one share per positive: the negatives scored above it (ties count half), over
// positives × negatives. On a small test set one positive can hold most of the loss (73 positives: one below
// every negative costs 0.014), so this names who holds it.
import { countAbove, countAtOrAbove, sortScoresByClass } from "./binary-curve";

export interface PositiveAucLoss {
  /** Position of the positive among the scored rows. */
  index: number;
  score: number;
  /** Negatives scoring higher; a tie counts half (as in the AUC). */
  negativesAbove: number;
  /** negativesAbove / (positives × negatives): what this positive subtracts from the ROC-AUC. */
  aucLost: number;
}

/** Every positive's share of 1 − ROC-AUC, largest first (ties by position). The shares add up to 1 − ROC-AUC; empty when a class is missing. */
export function aucLossByPositive(labels: ArrayLike<number>, scores: ArrayLike<number>): PositiveAucLoss[] {
  const { positive, negative } = sortScoresByClass(labels, scores);
  if (positive.length === 0 || negative.length === 0) return [];
  const pairs = positive.length * negative.length;
  const losses: PositiveAucLoss[] = [];
  for (let index = 0; index < labels.length; index++) {
    if (labels[index] !== 1) continue;
    const score = scores[index]!;
    const above = countAbove(negative, score);
    const negativesAbove = above + (countAtOrAbove(negative, score) - above) / 2;
    losses.push({ index, score, negativesAbove, aucLost: negativesAbove / pairs });
  }
  return losses.sort((a, b) => b.aucLost - a.aucLost || a.index - b.index);
}
