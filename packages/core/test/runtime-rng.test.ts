import { describe, expect, it } from "@jest/globals";
import { createRng, normaliseSeed } from "../src/runtime/random/rng";

// The published mulberry32 (Tommy Ettinger), written out independently as the reference.
function referenceMulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    let t = (a += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("createRng", () => {
  it("is mulberry32", () => {
    const rng = createRng(42);
    const reference = referenceMulberry32(42);
    for (let i = 0; i < 1000; i++) expect(rng.next()).toBe(reference());
  });

  it("replays from the same seed and differs between seeds", () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const seqA = Array.from({ length: 20 }, () => a.nextUint32());
    expect(Array.from({ length: 20 }, () => b.nextUint32())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.nextUint32())).not.toEqual(seqA);
  });

  it("draws uniform, integer and normal samples with the right moments", () => {
    const rng = createRng(1);
    const n = 20000;
    const uniforms = Array.from({ length: n }, () => rng.next());
    const mean = uniforms.reduce((s, v) => s + v, 0) / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
    expect(Math.min(...uniforms)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...uniforms)).toBeLessThan(1);
    const counts = new Array<number>(6).fill(0);
    for (let i = 0; i < n; i++) counts[rng.int(6)]! += 1;
    for (const count of counts) expect(Math.abs(count / n - 1 / 6)).toBeLessThan(0.015);
    const normals = Array.from({ length: n }, () => rng.normal(3, 2));
    const nm = normals.reduce((s, v) => s + v, 0) / n;
    const sd = Math.sqrt(normals.reduce((s, v) => s + (v - nm) ** 2, 0) / (n - 1));
    expect(Math.abs(nm - 3)).toBeLessThan(0.05);
    expect(Math.abs(sd - 2)).toBeLessThan(0.05);
    expect(() => rng.int(0)).toThrow("positive integer");
  });

  it("permutes and shuffles deterministically, visiting every index", () => {
    const p = createRng(3).permutation(1000);
    expect(Array.from(p).sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(Array.from(p)).not.toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(createRng(3).permutation(1000)).toEqual(p);
    const items = ["a", "b", "c", "d", "e", "f"];
    const shuffled = createRng(9).shuffle([...items]);
    expect([...shuffled].sort()).toEqual(items);
    expect(createRng(9).shuffle([...items])).toEqual(shuffled);
    // Every position is reachable: over many shuffles, "a" lands everywhere.
    const rng = createRng(10);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) seen.add(rng.shuffle([...items]).indexOf("a"));
    expect(seen.size).toBe(items.length);
  });

  it("forks independent, reproducible streams", () => {
    const parent = createRng(5);
    const child = parent.fork();
    const again = createRng(5).fork();
    expect(child.next()).toBe(again.next());
    expect(child.seed).not.toBe(parent.seed);
  });

  it("normalises seeds: integers kept, strings and fractions hashed, non-finite rejected", () => {
    expect(normaliseSeed(123)).toBe(123);
    expect(normaliseSeed("fraud-v1")).toBe(normaliseSeed("fraud-v1"));
    expect(normaliseSeed("fraud-v1")).not.toBe(normaliseSeed("fraud-v2"));
    expect(normaliseSeed(0.5)).not.toBe(normaliseSeed(0.25));
    expect(() => normaliseSeed(Number.NaN)).toThrow("finite");
  });
});
