// Seeded pseudo-random numbers (mulberry32). Library code never uses Math.random: every shuffle,
// split and sample in Verticals must replay bit-for-bit from its seed.

export interface Rng {
  /** The seed this generator started from (after normalisation to an unsigned 32-bit integer). */
  readonly seed: number;
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform unsigned 32-bit integer; handy as a seed for tfjs initializers and layers. */
  nextUint32(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Uniform float in [min, max). */
  uniform(min: number, max: number): number;
  /** Normal sample (Box-Muller) with the given mean and standard deviation. */
  normal(mean?: number, std?: number): number;
  /** Shuffles `items` in place (Fisher-Yates) and returns it. */
  shuffle<T>(items: T[]): T[];
  /** A random permutation of 0..n-1. */
  permutation(n: number): Int32Array;
  /** An independent generator whose seed is derived from this one's stream. */
  fork(): Rng;
}

/** Accepts any finite number (or string) as a seed and maps it onto an unsigned 32-bit integer. */
export function normaliseSeed(seed: number | string): number {
  if (typeof seed === "string") return hashString(seed);
  if (!Number.isFinite(seed)) throw new Error(`Seed must be a finite number, got ${seed}`);
  if (Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff) return seed >>> 0;
  // Non-integers and out-of-range integers: hash their text so nearby seeds still differ.
  return hashString(String(seed));
}

function hashString(text: string): number {
  // FNV-1a: tiny, stable across platforms, good enough to spread seeds.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function createRng(seed: number | string): Rng {
  const start = normaliseSeed(seed);
  let state = start;
  // A spare normal sample: Box-Muller yields two per draw.
  let spareNormal: number | undefined;

  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => nextUint32() / 4294967296;

  const rng: Rng = {
    seed: start,
    next,
    nextUint32,
    int(n) {
      if (!Number.isInteger(n) || n <= 0) throw new Error(`rng.int(n) needs a positive integer n, got ${n}`);
      return Math.floor(next() * n);
    },
    uniform(min, max) {
      return min + (max - min) * next();
    },
    normal(mean = 0, std = 1) {
      if (spareNormal !== undefined) {
        const z = spareNormal;
        spareNormal = undefined;
        return mean + std * z;
      }
      let u = 0;
      while (u === 0) u = next(); // log(0) is -Infinity
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spareNormal = r * Math.sin(2 * Math.PI * v);
      return mean + std * r * Math.cos(2 * Math.PI * v);
    },
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = items[i] as (typeof items)[number];
        items[i] = items[j] as (typeof items)[number];
        items[j] = tmp;
      }
      return items;
    },
    permutation(n) {
      const out = new Int32Array(n);
      for (let i = 0; i < n; i++) out[i] = i;
      for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = out[i] as number;
        out[i] = out[j] as number;
        out[j] = tmp;
      }
      return out;
    },
    fork() {
      return createRng(nextUint32());
    },
  };
  return rng;
}
