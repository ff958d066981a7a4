// Turns feature rows into network inputs: count-like features on a log scale, every numeric feature standardised
// (clipped to ±6 sd) with a flag for missing values, and categories (weekday, month, event types, item, store)
// one-hot. The fitted means and spreads are saved with the model so forecasts use exactly the same inputs.
import { FEATURE_COUNT, FEATURE_INDEX, FEATURE_NAMES, type Codes, type FeatureMatrix, type FeatureName } from "./features";

const { log1p, max, min, sqrt } = Math;

const LOG_SCALED = new Set<FeatureName>([
  "l1", "l2", "l3", "l4", "l5", "l6", "l7", "m7", "m14", "m28", "m56", "m112", "m364", "sd28",
  "same_dow_last", "same_dow_m4", "same_dow_m12", "lag28", "lag364", "m364_wk", "dow_ratio_52w",
]);
/** Implied by the item and store one-hots. */
const DROPPED = new Set<FeatureName>(["dept", "cat", "state"]);

export interface EncoderSpec {
  /** Numeric features in input order. */
  numeric: FeatureName[];
  mean: number[];
  std: number[];
  /** One-hot features and their sizes, in input order. */
  oneHot: { name: FeatureName; size: number; offset: number }[];
  /** Input width. */
  dim: number;
}

function oneHotLayout(codes: Codes): { name: FeatureName; size: number; offset: number }[] {
  // month is 1..12 in the features; the others count from 0.
  return [
    { name: "dow", size: 7, offset: 0 },
    { name: "month", size: 12, offset: -1 },
    { name: "ev_type", size: 5, offset: 0 },
    { name: "ev_prev", size: 5, offset: 0 },
    { name: "ev_next", size: 5, offset: 0 },
    { name: "item", size: codes.item.length, offset: 0 },
    { name: "store", size: codes.store.length, offset: 0 },
  ];
}

function transformed(name: FeatureName, value: number): number {
  return LOG_SCALED.has(name) ? log1p(max(0, value)) : value;
}

/** Fits the standardisation on (a sample of) the training rows. */
export function fitEncoder(matrix: FeatureMatrix, codes: Codes, sampleEvery = 7): EncoderSpec {
  const oneHot = oneHotLayout(codes);
  const categorical = new Set(oneHot.map((o) => o.name));
  const numeric = FEATURE_NAMES.filter((name) => !categorical.has(name) && !DROPPED.has(name));
  const mean: number[] = [];
  const std: number[] = [];
  const n = matrix.rows.length;
  for (const name of numeric) {
    const j = FEATURE_INDEX[name];
    let sum = 0;
    let sumSq = 0;
    let count = 0;
    for (let i = 0; i < n; i += sampleEvery) {
      const raw = matrix.x[i * FEATURE_COUNT + j]!;
      if (!Number.isFinite(raw)) continue;
      const v = transformed(name, raw);
      sum += v;
      sumSq += v * v;
      count++;
    }
    const m = count > 0 ? sum / count : 0;
    mean.push(m);
    std.push(count > 0 ? sqrt(max(1e-12, sumSq / count - m * m)) : 1);
  }
  const dim = numeric.length * 2 + oneHot.reduce((total, o) => total + o.size, 0);
  return { numeric, mean, std, oneHot, dim };
}

export function encode(spec: EncoderSpec, matrix: FeatureMatrix): Float32Array {
  const n = matrix.rows.length;
  const out = new Float32Array(n * spec.dim);
  const numericIndex = spec.numeric.map((name) => FEATURE_INDEX[name]);
  const oneHotIndex = spec.oneHot.map((o) => FEATURE_INDEX[o.name]);
  for (let i = 0; i < n; i++) {
    const base = i * FEATURE_COUNT;
    let o = i * spec.dim;
    for (let k = 0; k < numericIndex.length; k++) {
      const raw = matrix.x[base + numericIndex[k]!]!;
      if (Number.isFinite(raw)) {
        const z = (transformed(spec.numeric[k]!, raw) - spec.mean[k]!) / spec.std[k]!;
        out[o++] = min(6, max(-6, z));
        out[o++] = 0;
      } else {
        out[o++] = 0;
        out[o++] = 1;
      }
    }
    for (let k = 0; k < oneHotIndex.length; k++) {
      const { size, offset } = spec.oneHot[k]!;
      const code = matrix.x[base + oneHotIndex[k]!]! + offset;
      if (code >= 0 && code < size) out[o + code] = 1;
      o += size;
    }
  }
  return out;
}
