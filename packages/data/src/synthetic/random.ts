// Seeded pseudo-random numbers for the synthetic generators. Math.random is never used: the same seed must give
// byte-identical files on every machine, and each generator forks named sub-streams so that changing one part of a
// dataset (say, the amounts) does not shift the random numbers every other part sees.

// Math bound once at module scope: under jest's vm modules every global lookup is slow (10x in hot loops).
const { PI, abs, cos, exp, floor, imul, log, pow, sin, sqrt, trunc } = Math;

/** splitmix32: spreads a 32-bit seed over the whole state so that nearby seeds give unrelated streams. */
function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a, to turn a stream label into 32 bits. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spareNormal: number | undefined;
  private readonly seedWord: number;

  constructor(seed: number) {
    if (!Number.isFinite(seed)) throw new Error(`seed must be a finite number, got ${seed}`);
    // Fold the integer part (up to 2^53) into 32 bits so that large seeds still differ from small ones.
    const int = trunc(seed);
    this.seedWord = (int ^ floor(int / 2 ** 32)) >>> 0;
    const mix = splitmix32(this.seedWord);
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    // sfc32's first outputs are weakly mixed; discard a few.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** An independent stream named `label`, fixed by this stream's seed (not by how much of it was consumed). */
  fork(label: string): Rng {
    return new Rng((this.seedWord ^ hashLabel(label)) >>> 0 || 0x2545f491);
  }

  /** sfc32 (Chris Doty-Humphrey's small fast chaotic generator): passes PractRand, 32-bit integer arithmetic only. */
  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1) with 53 random bits. */
  next(): number {
    const hi = this.nextUint32() >>> 5;
    const lo = this.nextUint32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + floor(this.next() * (max - min + 1));
  }

  bernoulli(p: number): boolean {
    return this.next() < p;
  }

  /** Standard normal by the Box-Muller transform (the second value is kept for the next call). */
  normal(mean = 0, sd = 1): number {
    if (this.spareNormal !== undefined) {
      const z = this.spareNormal;
      this.spareNormal = undefined;
      return mean + sd * z;
    }
    let u = 0;
    while (u === 0) u = this.next();
    const v = this.next();
    const r = sqrt(-2 * log(u));
    this.spareNormal = r * sin(2 * PI * v);
    return mean + sd * r * cos(2 * PI * v);
  }

  logNormal(mu: number, sigma: number): number {
    return exp(this.normal(mu, sigma));
  }

  exponential(rate: number): number {
    let u = 0;
    while (u === 0) u = this.next();
    return -log(u) / rate;
  }

  /** Gamma(shape, scale) by Marsaglia and Tsang (2000); shape < 1 via the u^(1/shape) boost. */
  gamma(shape: number, scale = 1): number {
    if (!(shape > 0)) throw new Error(`gamma shape must be > 0, got ${shape}`);
    if (shape < 1) {
      let u = 0;
      while (u === 0) u = this.next();
      return this.gamma(shape + 1, scale) * pow(u, 1 / shape);
    }
    const d = shape - 1 / 3;
    const c = 1 / sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.next();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v * scale;
      if (log(u) < 0.5 * x * x + d * (1 - v + log(v))) return d * v * scale;
    }
  }

  beta(a: number, b: number): number {
    const x = this.gamma(a);
    const y = this.gamma(b);
    return x / (x + y);
  }

  /** Poisson(lambda): multiplication method for small lambda, Hörmann's PTRS rejection (1993) for large. */
  poisson(lambda: number): number {
    if (!(lambda >= 0)) throw new Error(`poisson lambda must be >= 0, got ${lambda}`);
    if (lambda === 0) return 0;
    if (lambda < 30) {
      const limit = exp(-lambda);
      let k = 0;
      let p = this.next();
      while (p > limit) {
        k++;
        p *= this.next();
      }
      return k;
    }
    const slam = sqrt(lambda);
    const loglam = log(lambda);
    const b = 0.931 + 2.53 * slam;
    const a = -0.059 + 0.02483 * b;
    const invalpha = 1.1239 + 1.1328 / (b - 3.4);
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const u = this.next() - 0.5;
      const v = this.next();
      const us = 0.5 - abs(u);
      const k = floor(((2 * a) / us + b) * u + lambda + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (log(v) + log(invalpha) - log(a / (us * us) + b) <= -lambda + k * loglam - logFactorial(k)) return k;
    }
  }

  /** Negative binomial with the given mean and dispersion (size) r: a gamma-mixed Poisson, variance mean + mean²/r. */
  negativeBinomial(mean: number, size: number): number {
    if (mean <= 0) return 0;
    return this.poisson(this.gamma(size, mean / size));
  }

  /** Index drawn with probability proportional to `weights`. */
  categorical(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] as number;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[floor(this.next() * items.length)] as T;
  }

  /** Fisher-Yates shuffle in place (arrays and typed arrays). */
  shuffle<A extends { length: number; [index: number]: unknown }>(items: A): A {
    for (let i = items.length - 1; i > 0; i--) {
      const j = floor(this.next() * (i + 1));
      const tmp = items[i];
      items[i] = items[j];
      items[j] = tmp;
    }
    return items;
  }
}

const logFactorialTable: number[] = [0];
function logFactorial(k: number): number {
  if (k < 256) {
    for (let i = logFactorialTable.length; i <= k; i++) logFactorialTable[i] = (logFactorialTable[i - 1] as number) + log(i);
    return logFactorialTable[k] as number;
  }
  // Stirling series: exact to double precision for k >= 256.
  return (k + 0.5) * log(k) - k + 0.5 * log(2 * PI) + 1 / (12 * k) - 1 / (360 * k * k * k);
}
