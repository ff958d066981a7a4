// Histogram binning. Kept free of React and "use client" so server components can bin large arrays
// (hundreds of thousands of scores) and send only the counts to the browser.

export interface Binned {
  /** Bin edges, length bins + 1, ascending. */
  edges: number[];
  /** Counts per bin, length bins. The last bin includes its right edge. */
  counts: number[];
}

/** Domain covering every finite value of the given arrays; a constant input gets a unit-wide domain. */
export function valueDomain(arrays: ReadonlyArray<ArrayLike<number>>): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const values of arrays) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (!Number.isFinite(v)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  if (min === Infinity) return [0, 1];
  if (min === max) return [min - 0.5, max + 0.5];
  return [min, max];
}

/** Equal-width bins over `domain`; values outside the domain and non-finite values are left out. */
export function binValues(values: ArrayLike<number>, bins: number, domain: [number, number]): Binned {
  if (!Number.isInteger(bins) || bins < 1) throw new Error(`binValues: bins must be a positive integer, got ${bins}`);
  const [lo, hi] = domain;
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && hi > lo)) throw new Error(`binValues: domain must be [low, high] with low < high, got [${lo}, ${hi}]`);
  const width = (hi - lo) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? hi : lo + i * width));
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v) || v < lo || v > hi) continue;
    const index = v === hi ? bins - 1 : Math.floor((v - lo) / width);
    counts[Math.min(index, bins - 1)]! += 1;
  }
  return { edges, counts };
}

/** Counts as shares of their total (each class sums to 1), so a rare class stays visible next to a common one. */
export function toShares(counts: ReadonlyArray<number>): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => (total > 0 ? c / total : 0));
}
