// Baseline models against scikit-learn (fixtures/baselines.json).
import { describe, expect, it } from "@jest/globals";
import {
  fitLogisticRegression,
  fitMeanRegressor,
  fitPrevalenceClassifier,
  fitRidgeRegression,
  logLoss,
  parseBaselineModel,
  predictProba,
  predictRegression,
  rocAuc,
} from "../src/index";
import { syntheticPixels } from "./fixtures/synthetic-pixels";
import { expectAllClose, loadFixture } from "./fixtures/load";

interface Fixture {
  features: number[][];
  labels: number[];
  testFeatures: number[][];
  logistic: { l2: number; classWeight: "balanced" | null; coefficients: number[]; intercept: number; testProba: number[] }[];
  ridgeTargets: number[];
  ridge: { l2: number; coefficients: number[]; intercept: number; testPredicted: number[] }[];
  pixels: {
    rows: number;
    seed: number;
    featureSum: number;
    featureWeightedSum: number;
    labels: number[];
    l2: number;
    coefficients: number[];
    intercept: number;
    probaFirst200: number[];
    referenceGradientNorm: number;
  };
}
const fx = loadFixture<Fixture>("baselines.json");

describe("logistic regression (6 features incl. a constant and a correlated pair)", () => {
  describe.each(fx.logistic.map((c) => [`l2=${c.l2} classWeight=${c.classWeight}`, c] as const))("%s", (_name, c) => {
    it.each(["newton", "lbfgs"] as const)("%s matches sklearn LogisticRegression(C=1/l2) on standardised features", (solver) => {
      const model = fitLogisticRegression(fx.features, fx.labels, {
        l2: c.l2,
        solver,
        ...(c.classWeight ? { classWeight: c.classWeight } : {}),
      });
      expect(model.training.converged).toBe(true);
      expect(model.training.solver).toBe(solver);
      const tolerance = solver === "newton" ? 1e-8 : 1e-5;
      expectAllClose(model.coefficients, c.coefficients, tolerance, "coefficients");
      expect(Math.abs(model.intercept - c.intercept)).toBeLessThan(tolerance);
      expectAllClose(predictProba(model, fx.testFeatures), c.testProba, tolerance, "probabilities");
      expect(model.coefficients[5]).toBe(0); // the constant column carries nothing
    });
  });

  it("auto picks Newton for few features, and the model survives a JSON round trip", () => {
    const model = fitLogisticRegression(fx.features, fx.labels);
    expect(model.training.solver).toBe("newton");
    expect(model.training.l2).toBe(1);
    const reloaded = parseBaselineModel(JSON.parse(JSON.stringify(model)), "models/logistic.json");
    expect(reloaded).toEqual(model);
    expect(predictProba(reloaded as typeof model, fx.testFeatures)).toEqual(predictProba(model, fx.testFeatures));
  });

  it("accepts a dense row-major matrix the same as rows", () => {
    const dense = { data: fx.features.flat(), rows: fx.features.length, columns: 6 };
    const a = fitLogisticRegression(dense, fx.labels);
    const b = fitLogisticRegression(fx.features, fx.labels);
    expect(a).toEqual(b);
  });

  it("names bad input", () => {
    const bad = fx.features.map((row) => [...row]);
    bad[7]![3] = Number.NaN;
    expect(() => fitLogisticRegression(bad, fx.labels)).toThrow("features row 7, column 3 = NaN: expected a finite number");
    expect(() => fitLogisticRegression([[1, 2], [3]], [0, 1])).toThrow("features row 1 has 1 values: expected 2 like row 0");
    expect(() => fitLogisticRegression(fx.features, fx.labels.map(() => 1))).toThrow(/only class 1/);
    expect(() => fitLogisticRegression(fx.features, fx.labels.slice(1))).toThrow(/labels has 399 values but features has 400 rows/);
    const model = fitLogisticRegression(fx.features, fx.labels);
    expect(() => predictProba(model, [[1, 2, 3]])).toThrow("features have 3 columns but logistic regression model expects 6");
    expect(() => parseBaselineModel({ ...model, coefficients: [1, 2] }, "m.json")).toThrow(/m.json is not a valid baseline model/);
  });
});

describe("logistic regression on 5,000 x 784 pixels (L-BFGS)", () => {
  it("regenerates the fixture's images exactly, fits in seconds, and matches sklearn", () => {
    const px = fx.pixels;
    const data = syntheticPixels(px.rows, px.seed);
    let sum = 0;
    let weighted = 0;
    for (let i = 0; i < data.data.length; i++) {
      sum += data.data[i]!;
      weighted += data.data[i]! * (((i % 784) % 13) + 1);
    }
    // numpy sums pairwise, we sum in order: equal to ~1e-12 relative.
    expect(Math.abs(sum / px.featureSum - 1)).toBeLessThan(1e-10);
    expect(Math.abs(weighted / px.featureWeightedSum - 1)).toBeLessThan(1e-10);
    expect(Array.from(data.labels)).toEqual(px.labels);

    const started = performance.now();
    const model = fitLogisticRegression(data, data.labels, { l2: px.l2 });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `logistic regression 5000 x 784 (lbfgs): ${seconds.toFixed(2)} s, ${model.training.iterations} iterations, ` +
        `max |gradient| ${model.training.gradientNorm.toExponential(1)}`,
    );
    expect(model.training.solver).toBe("lbfgs");
    expect(model.training.converged).toBe(true);
    expect(seconds).toBeLessThan(20);
    const worst = Math.max(...model.coefficients.map((b, j) => Math.abs(b - px.coefficients[j]!)));
    console.log(`largest coefficient difference from sklearn: ${worst.toExponential(1)}`);
    expectAllClose(model.coefficients, px.coefficients, 2e-5, "coefficients");
    expect(Math.abs(model.intercept - px.intercept)).toBeLessThan(2e-5);
    const first200 = { data: data.data.subarray(0, 200 * 784), rows: 200, columns: 784 };
    expectAllClose(predictProba(model, first200), px.probaFirst200, 1e-5, "probabilities");
    // Constant (always black) corner pixels get exactly zero weight.
    expect(model.coefficients[0]).toBe(0);
  });
});

describe("ridge regression", () => {
  it.each(fx.ridge.map((c) => [c.l2, c] as const))("l2=%s matches sklearn Ridge(alpha) on standardised features", (_l2, c) => {
    const model = fitRidgeRegression(fx.features, fx.ridgeTargets, { l2: c.l2 });
    expectAllClose(model.coefficients, c.coefficients, 1e-9, "coefficients");
    expect(model.intercept).toBeCloseTo(c.intercept, 10);
    expectAllClose(predictRegression(model, fx.testFeatures), c.testPredicted, 1e-8, "predictions");
  });

  it("round-trips through JSON and names bad input", () => {
    const model = fitRidgeRegression(fx.features, fx.ridgeTargets);
    expect(parseBaselineModel(JSON.parse(JSON.stringify(model)))).toEqual(model);
    expect(() => fitRidgeRegression(fx.features, fx.ridgeTargets.slice(2))).toThrow(/targets has 398 values/);
    // Two identical columns with l2 = 0: singular normal equations.
    expect(() => fitRidgeRegression([[1, 1], [2, 2], [3, 3.0]], [1, 2, 3], { l2: 0 })).toThrow(/singular[\s\S]*use l2 > 0/);
  });
});

describe("constant baselines", () => {
  it("mean regressor predicts the training mean; prevalence classifier the base rate", () => {
    const mean = fitMeanRegressor([1, 2, 3, 6]);
    expect(mean).toEqual({ kind: "mean-regressor", value: 3 });
    expect(Array.from(predictRegression(mean, [[0], [0]]))).toEqual([3, 3]);
    const prevalence = fitPrevalenceClassifier(fx.labels);
    const rate = fx.labels.reduce((a, b) => a + b, 0) / fx.labels.length;
    expect(prevalence.prevalence).toBe(rate);
    const p = predictProba(prevalence, fx.features);
    expect(p.length).toBe(400);
    // Its log loss is the label entropy, its AUC exactly 0.5: what a real model must beat.
    const entropy = -(rate * Math.log(rate) + (1 - rate) * Math.log(1 - rate));
    expect(logLoss(fx.labels, p)).toBeCloseTo(entropy, 12);
    expect(rocAuc(fx.labels, p)).toBe(0.5);
    expect(parseBaselineModel(JSON.parse(JSON.stringify(prevalence)))).toEqual(prevalence);
    expect(() => fitPrevalenceClassifier([0, 0.5])).toThrow("labels[1] = 0.5: expected 0 or 1");
  });

  it("a fitted logistic model beats the prevalence baseline on its own data", () => {
    const model = fitLogisticRegression(fx.features, fx.labels);
    expect(logLoss(fx.labels, predictProba(model, fx.features))).toBeLessThan(
      logLoss(fx.labels, predictProba(fitPrevalenceClassifier(fx.labels), fx.features)),
    );
  });
});
