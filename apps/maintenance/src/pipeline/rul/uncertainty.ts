// The uncertainty band of a RUL prediction, from how wrong the model was on engines it did not train on.
// Residuals (true RUL - predicted RUL) of held-out engines are grouped by predicted RUL (errors near failure
// are smaller than far from it) and kept as a quantile grid per group. A new prediction's RUL distribution is
// the prediction plus its group's residuals (interpolated between neighbouring groups, so the band does not jump
// at a group edge): quantiles give the band, the share at or below h gives P(RUL <= h) for the plan.
// Split-conformal in spirit: nothing is assumed about the error's shape.
import { z } from "zod";

const { floor, max, min } = Math;

export interface ResidualBands {
  /** Upper edges of the predicted-RUL groups; the last group is open-ended. */
  edges: number[];
  /** Per group: residual quantiles at 0%, 1%, ..., 100% (101 values, ascending). */
  quantiles: number[][];
  /** Residuals each group was fitted on. */
  counts: number[];
}

export const QUANTILE_STEPS = 100;
/** Default groups of predicted RUL (cycles). */
export const DEFAULT_BAND_EDGES = [20, 40, 60, 80, 100];

function quantileOfSorted(sorted: Float64Array, q: number): number {
  const pos = q * (sorted.length - 1);
  const lo = floor(pos);
  const hi = min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

function groupOf(edges: readonly number[], predicted: number): number {
  let g = 0;
  while (g < edges.length && predicted >= edges[g]!) g++;
  return g;
}

/**
 * Fits the bands. Groups with fewer than `minPerGroup` residuals borrow from their neighbours (merged with the
 * nearest non-empty group) so every group has a usable distribution.
 */
export function fitResidualBands(predicted: ArrayLike<number>, truth: ArrayLike<number>, edges: readonly number[] = DEFAULT_BAND_EDGES, minPerGroup = 30): ResidualBands {
  if (predicted.length !== truth.length) throw new RangeError(`fitResidualBands: ${predicted.length} predictions but ${truth.length} true values`);
  if (predicted.length < minPerGroup) throw new RangeError(`fitResidualBands: need at least ${minPerGroup} residuals, got ${predicted.length}`);
  const groups: number[][] = Array.from({ length: edges.length + 1 }, () => []);
  for (let i = 0; i < predicted.length; i++) groups[groupOf(edges, predicted[i]!)]!.push(truth[i]! - predicted[i]!);
  const quantiles: number[][] = [];
  const counts: number[] = [];
  for (let g = 0; g < groups.length; g++) {
    // Widen to neighbouring groups until there are enough residuals.
    let lo = g;
    let hi = g;
    let pool = groups[g]!.slice();
    while (pool.length < minPerGroup && (lo > 0 || hi < groups.length - 1)) {
      if (lo > 0) pool = pool.concat(groups[--lo]!);
      if (pool.length < minPerGroup && hi < groups.length - 1) pool = pool.concat(groups[++hi]!);
    }
    const sorted = Float64Array.from(pool).sort();
    quantiles.push(Array.from({ length: QUANTILE_STEPS + 1 }, (_, k) => quantileOfSorted(sorted, k / QUANTILE_STEPS)));
    counts.push(groups[g]!.length);
  }
  return { edges: [...edges], quantiles, counts };
}

/** Middle of each group (the open last group is as wide as the one before it). */
function centres(edges: readonly number[]): number[] {
  const out: number[] = [];
  let lo = 0;
  for (const e of edges) {
    out.push((lo + e) / 2);
    lo = e;
  }
  const width = edges.length > 1 ? edges[edges.length - 1]! - edges[edges.length - 2]! : edges[0] ?? 1;
  out.push(lo + width / 2);
  return out;
}

/** The residual quantile grid for a prediction: linear between the two nearest group centres. */
export function residualGrid(bands: ResidualBands, predicted: number): number[] {
  const c = centres(bands.edges);
  if (predicted <= c[0]!) return bands.quantiles[0]!;
  const last = c.length - 1;
  if (predicted >= c[last]!) return bands.quantiles[last]!;
  let g = 0;
  while (predicted > c[g + 1]!) g++;
  const w = (predicted - c[g]!) / (c[g + 1]! - c[g]!);
  const a = bands.quantiles[g]!;
  const b = bands.quantiles[g + 1]!;
  return a.map((v, k) => v + w * (b[k]! - v));
}

/** RUL quantile q (0..1) of a prediction, never below 0. */
export function rulQuantile(bands: ResidualBands, predicted: number, q: number): number {
  const grid = residualGrid(bands, predicted);
  const pos = q * QUANTILE_STEPS;
  const lo = floor(pos);
  const hi = min(QUANTILE_STEPS, lo + 1);
  return max(0, predicted + grid[lo]! + (grid[hi]! - grid[lo]!) * (pos - lo));
}

/** P(RUL <= h): the share of the prediction's distribution at or below h (linear between grid points). */
export function probabilityRulAtMost(bands: ResidualBands, predicted: number, h: number): number {
  const grid = residualGrid(bands, predicted);
  const x = h - predicted; // residual at which RUL = h
  if (x < grid[0]!) return 0;
  if (x >= grid[QUANTILE_STEPS]!) return 1;
  let k = 0;
  while (k < QUANTILE_STEPS && grid[k + 1]! <= x) k++;
  const a = grid[k]!;
  const b = grid[k + 1]!;
  const frac = b > a ? (x - a) / (b - a) : 1;
  return min(1, (k + frac) / QUANTILE_STEPS);
}

export interface RulDistribution {
  rul: number;
  p05: number;
  p10: number;
  p90: number;
  p95: number;
}

export function rulDistribution(bands: ResidualBands, predicted: number): RulDistribution {
  return {
    rul: predicted,
    p05: rulQuantile(bands, predicted, 0.05),
    p10: rulQuantile(bands, predicted, 0.1),
    p90: rulQuantile(bands, predicted, 0.9),
    p95: rulQuantile(bands, predicted, 0.95),
  };
}

export const residualBandsSchema = z.object({
  edges: z.array(z.number()),
  quantiles: z.array(z.array(z.number()).length(QUANTILE_STEPS + 1)),
  counts: z.array(z.number().int()),
});
