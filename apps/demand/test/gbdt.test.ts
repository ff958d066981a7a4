import { describe, expect, it } from "@jest/globals";
import { binRows, fitBins, predictGbdt, trainGbdt, type GbdtConfig } from "../src/pipeline/gbdt";
import { poissonSeries } from "./support/fixtures";

const { exp, log } = Math;
const config: GbdtConfig = { trees: 60, learningRate: 0.1, leaves: 15, minRowsInLeaf: 20, lambda: 1, featureFraction: 1, baggingFraction: 0.8, tweediePower: 1.2, maxBins: 31, seed: 3 };

/** Counts whose rate depends on two features (weekday-like and a threshold), with a per-row level offset. */
function dataset(rows: number, seed: number) {
  const x = new Float32Array(rows * 3);
  const offset = new Float32Array(rows);
  const rate = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const dow = i % 7;
    const promo = (i * 7919) % 10 < 3 ? 1 : 0;
    const noise = ((i * 104729) % 1000) / 1000;
    x.set([dow, promo, noise], i * 3);
    const level = 0.5 + (i % 13) / 4;
    offset[i] = log(level);
    rate[i] = level * (dow >= 5 ? 1.8 : 1) * (promo ? 2.5 : 1);
  }
  const counts = Float32Array.from(poissonSeries(rows, (t) => rate[t]!, seed));
  return { x, offset, rate, target: counts, rows, features: 3 };
}

describe("gradient-boosted trees (Tweedie, log link, level offset)", () => {
  it("bins features by quantiles, with missing values in bin 0", () => {
    const x = Float32Array.from([1, 2, 3, 4, Number.NaN, 4]);
    const edges = fitBins(x, 6, 1, 8, 1);
    expect(edges[0]).toEqual([1, 2, 3, 4]);
    expect(Array.from(binRows(edges, x, 6, 1))).toEqual([1, 2, 3, 4, 0, 4]);
    expect(Array.from(binRows(edges, Float32Array.from([9]), 1, 1))).toEqual([5]);
  });

  it("learns multiplicative effects on top of the offset, and beats a constant rate", () => {
    const train = dataset(6000, 1);
    const test = dataset(2000, 2);
    const model = trainGbdt(train, config);
    const logMean = predictGbdt(model, test.x, test.rows, test.offset);
    let modelError = 0;
    let constantError = 0;
    for (let i = 0; i < test.rows; i++) {
      modelError += (exp(logMean[i]!) - test.rate[i]!) ** 2;
      constantError += (exp(test.offset[i]! + model.base) - test.rate[i]!) ** 2;
    }
    expect(modelError).toBeLessThan(0.2 * constantError);
    // The promotion effect (x2.5) is recovered on average.
    const promo: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < test.rows; i++) (test.x[i * 3 + 1] ? promo : plain).push(logMean[i]! - test.offset[i]!);
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    expect(exp(mean(promo) - mean(plain))).toBeGreaterThan(2);
    expect(exp(mean(promo) - mean(plain))).toBeLessThan(3);
  });

  it("is deterministic for a seed and survives a JSON round trip", () => {
    const train = dataset(1500, 4);
    const a = trainGbdt(train, { ...config, trees: 10 });
    const b = trainGbdt(train, { ...config, trees: 10 });
    expect(b).toEqual(a);
    const copy = JSON.parse(JSON.stringify(a));
    expect(Array.from(predictGbdt(copy, train.x, train.rows, train.offset))).toEqual(Array.from(predictGbdt(a, train.x, train.rows, train.offset)));
  });
});
