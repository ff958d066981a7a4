// Gradient-boosted regression trees for counts, in the style of LightGBM: features cut into quantile bins once,
// trees grown leaf by leaf (always splitting the leaf with the largest gain) from per-bin gradient histograms,
// with the smaller child's histogram built and the larger one's obtained by subtraction. The Tweedie objective
// (variance ∝ mean^p, 1 < p < 2) with a log link suits retail counts: many zeros, occasional bursts. Each row has
// an offset (log of the series' level), so trees learn relative effects, as the network does.
import { createRng } from "@verticals/core";

const { exp, log } = Math;

export interface GbdtConfig {
  trees: number;
  learningRate: number;
  leaves: number;
  minRowsInLeaf: number;
  /** L2 penalty on leaf values. */
  lambda: number;
  /** Share of features considered by each tree, and of rows used to grow it. */
  featureFraction: number;
  baggingFraction: number;
  /** Tweedie power p in (1, 2). */
  tweediePower: number;
  maxBins: number;
  seed: number;
}

/** A tree as flat arrays: internal node k splits on feature[k] at bin threshold[k]; children < 0 are leaves ~index. */
export interface GbdtTree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

export interface GbdtModel {
  /** edges[f]: ascending cut points of feature f. Bin 0 holds missing values, bin b + 1 values <= edges[f][b], the
   * last bin values above every cut (finite numbers only, so the model survives JSON). */
  edges: number[][];
  base: number;
  trees: GbdtTree[];
  features: number;
}

/** Quantile bin edges per feature, from every row or (for large data) 60 000 sampled ones. */
export function fitBins(x: Float32Array, rows: number, features: number, maxBins: number, seed: number): number[][] {
  const rng = createRng(`${seed}:bins`);
  const picked = rows <= 60_000 ? Int32Array.from({ length: rows }, (_, i) => i) : Int32Array.from({ length: 60_000 }, () => rng.int(rows));
  const edges: number[][] = [];
  for (let f = 0; f < features; f++) {
    const values: number[] = [];
    for (const i of picked) {
      const v = x[i * features + f]!;
      if (!Number.isNaN(v)) values.push(v);
    }
    values.sort((a, b) => a - b);
    const distinct = [...new Set(values)];
    let cuts: number[];
    if (distinct.length <= maxBins - 1) cuts = distinct;
    else {
      cuts = [];
      for (let b = 1; b < maxBins - 1; b++) {
        const q = values[Math.floor((b / (maxBins - 1)) * (values.length - 1))]!;
        if (cuts.length === 0 || q > cuts[cuts.length - 1]!) cuts.push(q);
      }
    }
    edges.push(cuts);
  }
  return edges;
}

/** Bin index per cell: 0 for missing, else 1 + the index of the first cut >= value (cuts.length above them all). */
export function binRows(edges: readonly number[][], x: Float32Array, rows: number, features: number): Uint8Array {
  const out = new Uint8Array(rows * features);
  for (let f = 0; f < features; f++) {
    const e = edges[f]!;
    for (let i = 0; i < rows; i++) {
      const v = x[i * features + f]!;
      if (Number.isNaN(v)) continue;
      let lo = 0;
      let hi = e.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (e[mid]! >= v) hi = mid;
        else lo = mid + 1;
      }
      out[i * features + f] = lo + 1;
    }
  }
  return out;
}

interface Histogram {
  g: Float64Array;
  h: Float64Array;
  n: Int32Array;
}

interface Leaf {
  rows: Int32Array;
  hist: Histogram;
  g: number;
  h: number;
  parent: number;
  side: 0 | 1;
  best: { gain: number; feature: number; bin: number };
}

function histogram(bins: Uint8Array, features: number, width: number, rows: Int32Array, grad: Float64Array, hess: Float64Array, chosen: Int32Array): Histogram {
  const g = new Float64Array(features * width);
  const h = new Float64Array(features * width);
  const n = new Int32Array(features * width);
  const k = chosen.length;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r]!;
    const base = i * features;
    const gi = grad[i]!;
    const hi = hess[i]!;
    for (let j = 0; j < k; j++) {
      const f = chosen[j]!;
      const cell = f * width + bins[base + f]!;
      g[cell] = g[cell]! + gi;
      h[cell] = h[cell]! + hi;
      n[cell] = n[cell]! + 1;
    }
  }
  return { g, h, n };
}

function bestSplit(hist: Histogram, gTotal: number, hTotal: number, count: number, width: number, chosen: Int32Array, config: GbdtConfig): Leaf["best"] {
  const { lambda, minRowsInLeaf } = config;
  const parent = (gTotal * gTotal) / (hTotal + lambda);
  let best = { gain: 0, feature: -1, bin: -1 };
  for (let j = 0; j < chosen.length; j++) {
    const f = chosen[j]!;
    const offset = f * width;
    let gl = 0;
    let hl = 0;
    let nl = 0;
    for (let b = 0; b < width - 1; b++) {
      gl += hist.g[offset + b]!;
      hl += hist.h[offset + b]!;
      nl += hist.n[offset + b]!;
      if (nl < minRowsInLeaf) continue;
      if (count - nl < minRowsInLeaf) break;
      const gr = gTotal - gl;
      const hr = hTotal - hl;
      const gain = (gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - parent;
      if (gain > best.gain) best = { gain, feature: f, bin: b };
    }
  }
  return best;
}

function growTree(bins: Uint8Array, features: number, width: number, rows: Int32Array, grad: Float64Array, hess: Float64Array, chosen: Int32Array, config: GbdtConfig): GbdtTree {
  const tree: GbdtTree = { feature: [], threshold: [], left: [], right: [], value: [] };
  const makeLeaf = (leafRows: Int32Array, hist: Histogram, parent: number, side: 0 | 1): Leaf => {
    let g = 0;
    let h = 0;
    for (let r = 0; r < leafRows.length; r++) {
      g += grad[leafRows[r]!]!;
      h += hess[leafRows[r]!]!;
    }
    return { rows: leafRows, hist, g, h, parent, side, best: bestSplit(hist, g, h, leafRows.length, width, chosen, config) };
  };
  const leaves: Leaf[] = [makeLeaf(rows, histogram(bins, features, width, rows, grad, hess, chosen), -1, 0)];
  while (leaves.length < config.leaves) {
    let pick = -1;
    for (let k = 0; k < leaves.length; k++) if (leaves[k]!.best.gain > 1e-9 && (pick < 0 || leaves[k]!.best.gain > leaves[pick]!.best.gain)) pick = k;
    if (pick < 0) break;
    const leaf = leaves[pick]!;
    const { feature, bin } = leaf.best;
    const goLeft: number[] = [];
    const goRight: number[] = [];
    for (let r = 0; r < leaf.rows.length; r++) {
      const i = leaf.rows[r]!;
      (bins[i * features + feature]! <= bin ? goLeft : goRight).push(i);
    }
    const leftRows = Int32Array.from(goLeft);
    const rightRows = Int32Array.from(goRight);
    const leftSmaller = leftRows.length <= rightRows.length;
    const small = histogram(bins, features, width, leftSmaller ? leftRows : rightRows, grad, hess, chosen);
    const large: Histogram = {
      g: leaf.hist.g.map((v, c) => v - small.g[c]!),
      h: leaf.hist.h.map((v, c) => v - small.h[c]!),
      n: leaf.hist.n.map((v, c) => v - small.n[c]!),
    };
    const node = tree.feature.length;
    tree.feature.push(feature);
    tree.threshold.push(bin);
    tree.left.push(0);
    tree.right.push(0);
    if (leaf.parent >= 0) (leaf.side === 0 ? tree.left : tree.right)[leaf.parent] = node;
    leaves[pick] = makeLeaf(leftRows, leftSmaller ? small : large, node, 0);
    leaves.push(makeLeaf(rightRows, leftSmaller ? large : small, node, 1));
  }
  leaves.forEach((leaf, k) => {
    tree.value.push((-leaf.g / (leaf.h + config.lambda)) * config.learningRate);
    if (leaf.parent >= 0) (leaf.side === 0 ? tree.left : tree.right)[leaf.parent] = ~k;
  });
  // A tree that never split is one leaf: route every row to it.
  if (tree.feature.length === 0) {
    tree.feature.push(0);
    tree.threshold.push(255);
    tree.left.push(~0);
    tree.right.push(~0);
  }
  return tree;
}

function leafOf(tree: GbdtTree, bins: Uint8Array, base: number): number {
  let k = 0;
  for (;;) {
    const next = bins[base + tree.feature[k]!]! <= tree.threshold[k]! ? tree.left[k]! : tree.right[k]!;
    if (next < 0) return ~next;
    k = next;
  }
}

export interface GbdtInput {
  x: Float32Array;
  rows: number;
  features: number;
  target: Float32Array;
  /** log of each row's level: predictions are exp(offset + score). */
  offset: Float32Array;
}

export function trainGbdt(input: GbdtInput, config: GbdtConfig, onTree?: (done: number) => void): GbdtModel {
  const { x, rows, features, target, offset } = input;
  const p = config.tweediePower;
  const edges = fitBins(x, rows, features, config.maxBins, config.seed);
  const bins = binRows(edges, x, rows, features);
  const width = config.maxBins + 1;
  const rng = createRng(`${config.seed}:gbdt`);
  let sumY = 0;
  let sumLevel = 0;
  for (let i = 0; i < rows; i++) {
    sumY += target[i]!;
    sumLevel += exp(offset[i]!);
  }
  const base = log(Math.max(sumY, 1e-9) / sumLevel);
  const score = new Float64Array(rows);
  for (let i = 0; i < rows; i++) score[i] = offset[i]! + base;
  const grad = new Float64Array(rows);
  const hess = new Float64Array(rows);
  const model: GbdtModel = { edges, base, trees: [], features };
  for (let t = 0; t < config.trees; t++) {
    const bagged: number[] = [];
    for (let i = 0; i < rows; i++) if (config.baggingFraction >= 1 || rng.next() < config.baggingFraction) bagged.push(i);
    const chosen: number[] = [];
    for (let f = 0; f < features; f++) if (rng.next() < config.featureFraction) chosen.push(f);
    if (chosen.length === 0) chosen.push(rng.int(features));
    const bag = Int32Array.from(bagged);
    // Tweedie deviance with a log link: gradient and Hessian in the score.
    for (let r = 0; r < bag.length; r++) {
      const i = bag[r]!;
      const a = exp((1 - p) * score[i]!);
      const b = exp((2 - p) * score[i]!);
      grad[i] = -target[i]! * a + b;
      hess[i] = -target[i]! * (1 - p) * a + (2 - p) * b;
    }
    const tree = growTree(bins, features, width, bag, grad, hess, Int32Array.from(chosen), config);
    model.trees.push(tree);
    for (let i = 0; i < rows; i++) score[i] = score[i]! + tree.value[leafOf(tree, bins, i * features)]!;
    onTree?.(t + 1);
  }
  return model;
}

/** Log expected units per row (offset included). */
export function predictGbdt(model: GbdtModel, x: Float32Array, rows: number, offset: Float32Array): Float64Array {
  const bins = binRows(model.edges, x, rows, model.features);
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let s = offset[i]! + model.base;
    const base = i * model.features;
    for (const tree of model.trees) s += tree.value[leafOf(tree, bins, base)]!;
    out[i] = s;
  }
  return out;
}
