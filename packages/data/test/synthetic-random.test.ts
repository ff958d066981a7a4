import { describe, expect, it } from "@jest/globals";
import { Rng } from "../src/index";

function moments(draw: () => number, n: number): { mean: number; variance: number } {
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    const x = draw();
    sum += x;
    sumSq += x * x;
  }
  const mean = sum / n;
  return { mean, variance: sumSq / n - mean * mean };
}

describe("Rng (seeded randomness of the synthetic generators)", () => {
  it("repeats the same stream for the same seed and differs for another seed", () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const seqA = Array.from({ length: 50 }, () => a.nextUint32());
    const seqB = Array.from({ length: 50 }, () => b.nextUint32());
    const seqC = Array.from({ length: 50 }, () => c.nextUint32());
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
  });

  it("forks named streams that depend on the seed and label only, not on how much was consumed", () => {
    const a = new Rng(7);
    const b = new Rng(7);
    for (let i = 0; i < 100; i++) b.next();
    expect(a.fork("x").next()).toBe(b.fork("x").next());
    expect(a.fork("x").next()).not.toBe(a.fork("y").next());
  });

  it("rejects a non-finite seed", () => {
    expect(() => new Rng(Number.NaN)).toThrow(/seed/);
  });

  it("draws uniform, normal, gamma, Poisson and negative binomial values with the right moments", () => {
    const rng = new Rng(1);
    const n = 40_000;
    const u = moments(() => rng.next(), n);
    expect(u.mean).toBeCloseTo(0.5, 2);
    expect(u.variance).toBeCloseTo(1 / 12, 2);
    const z = moments(() => rng.normal(3, 2), n);
    expect(z.mean).toBeCloseTo(3, 1);
    expect(Math.sqrt(z.variance)).toBeCloseTo(2, 1);
    const g = moments(() => rng.gamma(2.5, 2), n);
    expect(g.mean).toBeCloseTo(5, 0);
    expect(g.variance / 10).toBeCloseTo(1, 1);
    const gSmall = moments(() => rng.gamma(0.5, 1), n);
    expect(gSmall.mean).toBeCloseTo(0.5, 1);
    const pSmall = moments(() => rng.poisson(3.5), n);
    expect(pSmall.mean).toBeCloseTo(3.5, 1);
    expect(pSmall.variance / 3.5).toBeCloseTo(1, 1);
    const pLarge = moments(() => rng.poisson(120), n);
    expect(pLarge.mean / 120).toBeCloseTo(1, 2);
    expect(pLarge.variance / 120).toBeCloseTo(1, 1);
    const nb = moments(() => rng.negativeBinomial(4, 1.5), n);
    expect(nb.mean).toBeCloseTo(4, 0);
    // Variance mean + mean²/size = 4 + 16/1.5 = 14.67.
    expect(nb.variance / 14.67).toBeCloseTo(1, 1);
  });

  it("picks integers within bounds, categories by weight and shuffles typed arrays", () => {
    const rng = new Rng(5);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[rng.categorical([0.6, 0.3, 0.1])]!++;
    expect(counts[0]! / 30_000).toBeCloseTo(0.6, 1);
    expect(counts[2]! / 30_000).toBeCloseTo(0.1, 1);
    for (let i = 0; i < 1000; i++) {
      const k = rng.int(3, 7);
      expect(k).toBeGreaterThanOrEqual(3);
      expect(k).toBeLessThanOrEqual(7);
    }
    const arr = Uint8Array.from({ length: 20 }, (_, i) => i);
    rng.shuffle(arr);
    expect(Array.from(arr).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(Array.from(arr)).not.toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});
