// Gradient-boosted decision trees for the binary logistic loss, XGBoost-style: second-order gain, L2 penalty on
// leaf values, depth-wise growth, split search over per-feature bins (every distinct value up to maxBins, else
// quantile bins). No subsampling, so a fit is fully deterministic. Why not a library: none that trains gradient
// boosting installs offline in Node, and this is ~150 lines that a reader can check.
import { z } from "zod";

const { exp, log, max, min, floor } = Math;

export interface GbdtParams {
  rounds: number;
  maxDepth: number;
  learningRate: number;
  /** L2 penalty on leaf values. */
  lambda: number;
  /** Minimum hessian sum in a child. */
  minChildWeight: number;
  /** Split candidates per feature (at most 65,535). */
  maxBins: number;
  /** Minimum gain to split. */
  gamma: number;
}

export const DEFAULT_GBDT_PARAMS: GbdtParams = { rounds: 300, maxDepth: 4, learningRate: 0.05, lambda: 1, minChildWeight: 1, maxBins: 4096, gamma: 0 };

/** Flat tree: node k splits on feature[k] (x <= threshold[k] goes to left[k]); leaves have feature -1 and value. */
export interface GbdtTree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

export interface Gbdt {
  kind: "gbdt";
  featureCount: number;
  /** Log-odds of the training prevalence: the margin before any tree. */
  base: number;
  trees: GbdtTree[];
  params: GbdtParams;
  /** Total split gain per feature over all trees: what the model leans on. */
  gainByFeature: number[];
}

export interface GbdtFitOptions {
  /** Called after each round (progress). */
  onRound?: (round: number, rounds: number) => void;
}

/** Split candidates: midpoints between distinct values, or between quantiles when there are more than maxBins. */
function binCuts(sorted: Float64Array, maxBins: number): Float64Array {
  const distinct: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]!);
  const cuts: number[] = [];
  if (distinct.length <= maxBins) {
    for (let i = 0; i + 1 < distinct.length; i++) cuts.push((distinct[i]! + distinct[i + 1]!) / 2);
  } else {
    let k = 0;
    for (let b = 1; b < maxBins; b++) {
      const q = sorted[floor((b * sorted.length) / maxBins)]!;
      while (k < distinct.length && distinct[k]! < q) k++;
      const cut = k > 0 ? (distinct[k - 1]! + distinct[k]!) / 2 : q;
      if (cuts.length === 0 || cut > cuts[cuts.length - 1]!) cuts.push(cut);
    }
  }
  return Float64Array.from(cuts);
}

/** Bin of x: the number of cuts strictly below it (x <= cuts[b] lies in bins 0..b). */
function binOf(cuts: Float64Array, x: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x <= cuts[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Fits the booster. X is row-major (rows x featureCount), y holds 0/1 labels, weight optional per-row weights.
 */
export function fitGbdt(
  X: Float64Array,
  featureCount: number,
  y: ArrayLike<number>,
  params: Partial<GbdtParams> = {},
  options: GbdtFitOptions = {},
  weight?: ArrayLike<number>,
): Gbdt {
  const P: GbdtParams = { ...DEFAULT_GBDT_PARAMS, ...params };
  const n = y.length;
  const d = featureCount;
  if (X.length !== n * d) throw new RangeError(`fitGbdt: X has ${X.length} values, expected ${n} rows x ${d} features`);
  if (n === 0) throw new RangeError("fitGbdt: no rows to train on");
  if (P.maxBins < 2 || P.maxBins > 65_535) throw new RangeError(`fitGbdt: maxBins must be in [2, 65535], got ${P.maxBins}`);

  const cuts: Float64Array[] = [];
  const bins: Uint16Array[] = [];
  for (let j = 0; j < d; j++) {
    const col = new Float64Array(n);
    for (let i = 0; i < n; i++) col[i] = X[i * d + j]!;
    const c = binCuts(Float64Array.from(col).sort(), P.maxBins);
    cuts.push(c);
    const b = new Uint16Array(n);
    for (let i = 0; i < n; i++) b[i] = binOf(c, col[i]!);
    bins.push(b);
  }

  const w = weight ?? new Float64Array(n).fill(1);
  let sw = 0;
  let swy = 0;
  for (let i = 0; i < n; i++) {
    sw += w[i]!;
    swy += w[i]! * y[i]!;
  }
  const prior = min(max(swy / sw, 1e-6), 1 - 1e-6);
  const base = log(prior / (1 - prior));
  const F = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const idx = new Int32Array(n);
  const scratch = new Int32Array(n);
  const histG = cuts.map((c) => new Float64Array(c.length + 1));
  const histH = cuts.map((c) => new Float64Array(c.length + 1));
  const trees: GbdtTree[] = [];
  const gainByFeature = new Array<number>(d).fill(0);

  for (let round = 0; round < P.rounds; round++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + exp(-F[i]!));
      g[i] = w[i]! * (p - y[i]!);
      h[i] = w[i]! * max(p * (1 - p), 1e-16);
      idx[i] = i;
    }
    const tree: GbdtTree = { feature: [], threshold: [], left: [], right: [], value: [] };

    // Grows the node over idx[start, end); returns its id.
    const grow = (start: number, end: number, depth: number): number => {
      const id = tree.feature.length;
      tree.feature.push(-1);
      tree.threshold.push(0);
      tree.left.push(-1);
      tree.right.push(-1);
      tree.value.push(0);
      let G = 0;
      let H = 0;
      for (let k = start; k < end; k++) {
        G += g[idx[k]!]!;
        H += h[idx[k]!]!;
      }
      let bestGain = P.gamma > 0 ? P.gamma : 1e-12;
      let bestFeature = -1;
      let bestBin = -1;
      if (depth < P.maxDepth && H >= 2 * P.minChildWeight) {
        const parent = (G * G) / (H + P.lambda);
        for (let j = 0; j < d; j++) {
          const hg = histG[j]!;
          const hh = histH[j]!;
          const bj = bins[j]!;
          hg.fill(0);
          hh.fill(0);
          for (let k = start; k < end; k++) {
            const i = idx[k]!;
            const b = bj[i]!;
            hg[b] = hg[b]! + g[i]!;
            hh[b] = hh[b]! + h[i]!;
          }
          let GL = 0;
          let HL = 0;
          for (let b = 0; b < hg.length - 1; b++) {
            GL += hg[b]!;
            HL += hh[b]!;
            if (HL < P.minChildWeight) continue;
            const HR = H - HL;
            if (HR < P.minChildWeight) break;
            const GR = G - GL;
            const gain = 0.5 * ((GL * GL) / (HL + P.lambda) + (GR * GR) / (HR + P.lambda) - parent);
            if (gain > bestGain) {
              bestGain = gain;
              bestFeature = j;
              bestBin = b;
            }
          }
        }
      }
      if (bestFeature < 0) {
        const value = (-G / (H + P.lambda)) * P.learningRate;
        tree.value[id] = value;
        for (let k = start; k < end; k++) F[idx[k]!] = F[idx[k]!]! + value;
        return id;
      }
      // Stable partition: left rows first, then right rows.
      const bj = bins[bestFeature]!;
      let l = start;
      let r = 0;
      for (let k = start; k < end; k++) {
        const i = idx[k]!;
        if (bj[i]! <= bestBin) idx[l++] = i;
        else scratch[r++] = i;
      }
      idx.set(scratch.subarray(0, r), l);
      gainByFeature[bestFeature] = gainByFeature[bestFeature]! + bestGain;
      tree.feature[id] = bestFeature;
      tree.threshold[id] = cuts[bestFeature]![bestBin]!;
      tree.left[id] = grow(start, l, depth + 1);
      tree.right[id] = grow(l, end, depth + 1);
      return id;
    };

    grow(0, n, 0);
    trees.push(tree);
    options.onRound?.(round + 1, P.rounds);
  }
  return { kind: "gbdt", featureCount: d, base, trees, params: P, gainByFeature };
}

/** Log-odds for the row of X starting at `offset`. */
export function gbdtMargin(model: Gbdt, X: ArrayLike<number>, offset = 0): number {
  let s = model.base;
  for (const t of model.trees) {
    let k = 0;
    while (t.feature[k]! >= 0) k = X[offset + t.feature[k]!]! <= t.threshold[k]! ? t.left[k]! : t.right[k]!;
    s += t.value[k]!;
  }
  return s;
}

/** Probability of class 1 for every row of the row-major X. */
export function gbdtPredict(model: Gbdt, X: Float64Array): Float64Array {
  const d = model.featureCount;
  const rows = X.length / d;
  if (!Number.isInteger(rows)) throw new RangeError(`gbdtPredict: X has ${X.length} values, not a multiple of ${d} features`);
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) out[r] = 1 / (1 + exp(-gbdtMargin(model, X, r * d)));
  return out;
}

const treeSchema = z.object({
  feature: z.array(z.number().int()),
  threshold: z.array(z.number()),
  left: z.array(z.number().int()),
  right: z.array(z.number().int()),
  value: z.array(z.number()),
});

export const gbdtSchema = z.object({
  kind: z.literal("gbdt"),
  featureCount: z.number().int().positive(),
  base: z.number(),
  trees: z.array(treeSchema),
  params: z.object({
    rounds: z.number(),
    maxDepth: z.number(),
    learningRate: z.number(),
    lambda: z.number(),
    minChildWeight: z.number(),
    maxBins: z.number(),
    gamma: z.number(),
  }),
  gainByFeature: z.array(z.number()),
});
