// Whether a fraud looks like its legitimate neighbours: how many of its nearest training rows are frauds. A
// fraud whose neighbourhood is all legitimate (a "look-alike") is one no model of these features can be
// expected to rank high; the hard-frauds bench reports how much of the ROC-AUC such frauds hold.

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
