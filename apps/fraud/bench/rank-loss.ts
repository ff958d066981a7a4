// Where the ROC-AUC goes. The AUC is the share of (fraud, legitimate) pairs ranked the right way round, so
// 1 − AUC splits exactly into one share per fraud: the legitimate rows scored above it. On a small test set
// one fraud can hold most of the loss (73 frauds: a fraud below every legitimate row costs 0.014), so the
// benchmarks print who holds it, and whether that fraud looks like its legitimate neighbours.

export interface FraudRankLoss {
  /** Position of the fraud among the scored rows. */
  index: number;
  score: number;
  /** Legitimate rows scoring higher; a tie counts half (as in the AUC). */
  legitimateAbove: number;
  /** legitimateAbove / (frauds × legitimate rows): what this fraud subtracts from the ROC-AUC. */
  aucLost: number;
}

function upperBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every fraud's share of 1 − ROC-AUC, largest first. The shares add up to 1 − ROC-AUC. */
export function aucLossByFraud(labels: ArrayLike<number>, scores: ArrayLike<number>): FraudRankLoss[] {
  const legitimate: number[] = [];
  const frauds: number[] = [];
  for (let i = 0; i < labels.length; i++) (labels[i] === 1 ? frauds : legitimate).push(i);
  if (frauds.length === 0 || legitimate.length === 0) return [];
  const sorted = Float64Array.from(legitimate, (i) => scores[i]!).sort();
  const pairs = frauds.length * legitimate.length;
  return frauds
    .map((index) => {
      const score = scores[index]!;
      const above = sorted.length - upperBound(sorted, score);
      const ties = upperBound(sorted, score) - lowerBound(sorted, score);
      const legitimateAbove = above + ties / 2;
      return { index, score, legitimateAbove, aucLost: legitimateAbove / pairs };
    })
    .sort((a, b) => b.aucLost - a.aucLost || a.index - b.index);
}

export interface NeighbourRows {
  /** Row-major [rows × width]. */
  matrix: Float32Array;
  width: number;
  /** Columns the distance reads (e.g. the standardised V's and log amount). */
  columns: readonly number[];
}

/**
 * For each query row, how many of its k nearest reference rows (Euclidean distance over `columns`) are
 * frauds. A fraud whose nearest training rows are all legitimate is one no model of these features can be
 * expected to rank high without memorising noise.
 */
export function fraudNeighbourCounts(reference: NeighbourRows & { labels: Uint8Array }, queries: NeighbourRows, k: number): Uint8Array {
  const referenceRows = reference.labels.length;
  if (!(Number.isInteger(k) && k >= 1 && k <= referenceRows && k <= 255)) {
    throw new RangeError(`k must be an integer from 1 to min(255, ${referenceRows} reference rows), got ${k}`);
  }
  if (reference.columns.length !== queries.columns.length) {
    throw new RangeError(`reference reads ${reference.columns.length} columns, queries ${queries.columns.length}`);
  }
  const queryRows = queries.matrix.length / queries.width;
  const out = new Uint8Array(queryRows);
  const distances = new Float64Array(referenceRows);
  const order = new Int32Array(referenceRows);
  for (let q = 0; q < queryRows; q++) {
    for (let r = 0; r < referenceRows; r++) {
      let sum = 0;
      for (let c = 0; c < reference.columns.length; c++) {
        const d = queries.matrix[q * queries.width + queries.columns[c]!]! - reference.matrix[r * reference.width + reference.columns[c]!]!;
        sum += d * d;
      }
      distances[r] = sum;
      order[r] = r;
    }
    // Ties broken by row order, so the count is deterministic.
    order.sort((a, b) => distances[a]! - distances[b]! || a - b);
    let frauds = 0;
    for (let j = 0; j < k; j++) frauds += reference.labels[order[j]!]!;
    out[q] = frauds;
  }
  return out;
}
