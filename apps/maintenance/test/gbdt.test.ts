import { describe, expect, it } from "@jest/globals";
import { createRng, rocAuc } from "@verticals/core";
import { fitGbdt, gbdtPredict, gbdtSchema } from "../src/pipeline/failure/gbdt";

// Failure when x0 > 0.7 and x1 < 0.3 (an AND of thresholds: what a linear model cannot draw), plus noise features.
function data(n: number, seed: number) {
  const rng = createRng(seed);
  const X = new Float64Array(n * 3);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < 3; j++) X[i * 3 + j] = rng.next();
    y[i] = X[i * 3]! > 0.7 && X[i * 3 + 1]! < 0.3 ? 1 : 0;
  }
  return { X, y };
}

describe("gradient-boosted trees", () => {
  const train = data(2000, 1);
  const test = data(1000, 2);
  const model = fitGbdt(train.X, 3, train.y, { rounds: 60, maxDepth: 3, learningRate: 0.3, maxBins: 128 });

  it("learns an interaction a linear model cannot", () => {
    const p = gbdtPredict(model, test.X);
    expect(rocAuc(test.y, p)).toBeGreaterThan(0.99);
    let wrong = 0;
    for (let i = 0; i < p.length; i++) if ((p[i]! >= 0.5 ? 1 : 0) !== test.y[i]) wrong++;
    expect(wrong / p.length).toBeLessThan(0.03);
  });

  it("puts its split gain on the informative features", () => {
    const [a, b, noise] = model.gainByFeature;
    expect(a! + b!).toBeGreaterThan(20 * noise!);
  });

  it("is deterministic and survives a JSON round trip", () => {
    const again = fitGbdt(train.X, 3, train.y, { rounds: 60, maxDepth: 3, learningRate: 0.3, maxBins: 128 });
    expect(Array.from(gbdtPredict(again, test.X))).toEqual(Array.from(gbdtPredict(model, test.X)));
    const restored = gbdtSchema.parse(JSON.parse(JSON.stringify(model)));
    expect(Array.from(gbdtPredict(restored, test.X))).toEqual(Array.from(gbdtPredict(model, test.X)));
  });

  it("starts from the prevalence and refuses a malformed matrix", () => {
    const zero = fitGbdt(train.X, 3, train.y, { rounds: 0 });
    const prevalence = train.y.reduce((a, v) => a + v, 0) / train.y.length;
    expect(gbdtPredict(zero, test.X.subarray(0, 3))[0]).toBeCloseTo(prevalence, 10);
    expect(() => fitGbdt(new Float64Array(5), 3, new Uint8Array(2))).toThrow(/expected 2 rows x 3 features/);
  });
});
