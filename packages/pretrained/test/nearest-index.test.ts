import { describe, expect, it } from "@jest/globals";
import { NearestNeighbourIndex, topK } from "../src/index";
import { seededVectors, tempDir } from "./helpers";

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! ** 2;
    nb += b[i]! ** 2;
  }
  return dot / Math.sqrt(na * nb);
}

describe("NearestNeighbourIndex", () => {
  const vectors = seededVectors(300, 32, 11);

  it("an item's nearest neighbour is itself, with similarity 1", () => {
    const index = new NearestNeighbourIndex(32);
    vectors.forEach((v, i) => index.add(`case-${i}`, v));
    for (const i of [0, 17, 299]) {
      const [best] = index.query(vectors[i]!, 1);
      expect(best).toMatchObject({ id: `case-${i}`, index: i });
      expect(best!.score).toBeCloseTo(1, 5);
    }
  });

  it("returns the same top k as sorting every cosine similarity", () => {
    const index = new NearestNeighbourIndex(32);
    index.addAll(vectors.map((_, i) => String(i)), vectors);
    const query = seededVectors(1, 32, 99)[0]!;
    const expected = vectors
      .map((v, i) => ({ i, s: cosine(v, query) }))
      .sort((a, b) => b.s - a.s)
      .slice(0, 10);
    const got = index.query(query, 10);
    expect(got.map((n) => n.index)).toEqual(expected.map((e) => e.i));
    got.forEach((n, j) => expect(n.score).toBeCloseTo(expected[j]!.s, 5));
  });

  it("applies a filter (e.g. other cases only, or one label) and copes with k beyond the size", () => {
    const index = new NearestNeighbourIndex(32);
    vectors.slice(0, 20).forEach((v, i) => index.add(String(i), v));
    const others = index.query(vectors[3]!, 5, (id) => id !== "3");
    expect(others.map((n) => n.id)).not.toContain("3");
    expect(others).toHaveLength(5);
    const even = index.query(vectors[3]!, 100, (_id, position) => position % 2 === 0);
    expect(even).toHaveLength(10);
    expect(even.every((n) => n.index % 2 === 0)).toBe(true);
    expect(index.query(vectors[3]!, 0)).toEqual([]);
  });

  it("is invariant to vector length (cosine), and a zero vector scores 0 rather than NaN", () => {
    const index = new NearestNeighbourIndex(3);
    index.add("x", [1, 0, 0]);
    index.add("zero", [0, 0, 0]);
    const result = index.query([5, 0, 0], 2);
    expect(result).toEqual([
      { id: "x", index: 0, score: 1 },
      { id: "zero", index: 1, score: 0 },
    ]);
  });

  it("refuses duplicate ids, wrong lengths and non-finite values", () => {
    const index = new NearestNeighbourIndex(3);
    index.add("a", [1, 2, 3]);
    expect(() => index.add("a", [1, 2, 3])).toThrow('id "a" is already in the index');
    expect(() => index.add("b", [1, 2])).toThrow(/expected 3 values, got 2/);
    expect(() => index.query([1, Number.NaN, 0])).toThrow(/query: value 1 is NaN/);
  });

  it("saves and loads to the same answers", async () => {
    const dir = await tempDir();
    const index = new NearestNeighbourIndex(32);
    vectors.forEach((v, i) => index.add(`id-${i}`, v));
    await index.save(dir, "cases");
    const loaded = await NearestNeighbourIndex.load(dir, "cases");
    expect(loaded?.size).toBe(300);
    expect(loaded!.allIds()).toEqual(index.allIds());
    expect(loaded!.query(vectors[42]!, 7)).toEqual(index.query(vectors[42]!, 7));
    loaded!.add("new", vectors[0]!);
    await loaded!.save(dir, "cases");
    expect((await NearestNeighbourIndex.load(dir, "cases"))!.size).toBe(301);
    expect(await NearestNeighbourIndex.load(dir, "absent")).toBeUndefined();
  });

  it("5,000 x 1280: exact top-10 queries in milliseconds (timing logged)", () => {
    let start = performance.now();
    const big = seededVectors(5000, 1280, 5);
    const makeMs = performance.now() - start;
    const index = new NearestNeighbourIndex(1280);
    start = performance.now();
    big.forEach((v, i) => index.add(String(i), v));
    const buildMs = performance.now() - start;
    start = performance.now();
    const queries = 20;
    for (let q = 0; q < queries; q++) expect(index.query(big[q * 250]!, 10)[0]!.index).toBe(q * 250);
    const perQuery = (performance.now() - start) / queries;
    console.log(`[timing] nearest index 5000 x 1280: vectors made in ${makeMs.toFixed(0)} ms, build ${buildMs.toFixed(0)} ms, ${perQuery.toFixed(1)} ms per top-10 query`);
  });
});

describe("topK", () => {
  it("best first, ties broken by position, NaN skipped", () => {
    const scores = Float32Array.from([0.5, 0.9, Number.NaN, 0.9, 0.1, 0.7]);
    expect(topK(scores, 3)).toEqual([1, 3, 5]);
    expect(topK(scores, 10)).toEqual([1, 3, 5, 0, 4]);
    expect(topK(scores, 2, (i) => i !== 1)).toEqual([3, 5]);
  });
});
