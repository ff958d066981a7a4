// Platt scaling and isotonic calibration against scikit-learn (fixtures/calibration.json).
import { describe, expect, it } from "@jest/globals";
import {
  applyCalibrator,
  applyIsotonic,
  applyPlatt,
  expectedCalibrationError,
  fitCalibrator,
  fitIsotonic,
  fitPlatt,
  logLoss,
  parseCalibrator,
  UndefinedMetricError,
} from "../src/index";
import { mulberry32 } from "./fixtures/synthetic-pixels";
import { expectAllClose, loadFixture } from "./fixtures/load";

interface PlattCase {
  name: string;
  scores: number[];
  labels: number[];
  hard: { slope: number; intercept: number };
  hardProba: number[];
  smoothed: { slope: number; intercept: number };
  sklearnSigmoidCalibration: { slope: number; intercept: number };
  test: number[];
}
interface IsotonicCase {
  name: string;
  scores: number[];
  targets: number[];
  x: number[];
  y: number[];
  test: number[];
  predicted: number[];
}
const { platt, isotonic } = loadFixture<{ platt: PlattCase[]; isotonic: IsotonicCase[] }>("calibration.json");

describe.each(platt.map((c) => [c.name, c] as const))("Platt scaling: %s", (_name, c) => {
  it("without smoothing equals LogisticRegression(C=1e12) on the 1-D score", () => {
    const fit = fitPlatt(c.scores, c.labels, { targetSmoothing: false });
    expect(fit.slope).toBeCloseTo(c.hard.slope, 7);
    expect(fit.intercept).toBeCloseTo(c.hard.intercept, 7);
    expectAllClose(applyPlatt(fit, c.test), c.hardProba, 1e-9, "probabilities");
  });

  it("with Platt's target smoothing equals the weighted soft-target logistic fit", () => {
    const fit = fitPlatt(c.scores, c.labels); // smoothing is the default
    expect(fit.slope).toBeCloseTo(c.smoothed.slope, 7);
    expect(fit.intercept).toBeCloseTo(c.smoothed.intercept, 7);
    // scikit-learn's own _sigmoid_calibration (BFGS, default tolerance) agrees more loosely.
    expect(fit.slope).toBeCloseTo(c.sklearnSigmoidCalibration.slope, 3);
    expect(fit.intercept).toBeCloseTo(c.sklearnSigmoidCalibration.intercept, 3);
  });
});

describe.each(isotonic.map((c) => [c.name, c] as const))("isotonic regression: %s", (_name, c) => {
  it("knots and clipped/interpolated predictions match IsotonicRegression(out_of_bounds='clip')", () => {
    const fit = fitIsotonic(c.scores, c.targets);
    expectAllClose(fit.x, c.x, 0, "knot x");
    expectAllClose(fit.y, c.y, 1e-12, "knot y");
    expectAllClose(applyIsotonic(fit, c.test), c.predicted, 1e-12, "predictions");
  });
});

describe("calibrators", () => {
  // Over-confident scores: the true log-odds are half the score.
  const rng = mulberry32(11);
  const n = 4000;
  const scores = new Float64Array(n);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    scores[i] = (rng() - 0.5) * 12;
    labels[i] = rng() < 1 / (1 + Math.exp(-scores[i]! / 2)) ? 1 : 0;
  }
  const raw = scores.map((s) => 1 / (1 + Math.exp(-s)));

  it.each(["platt", "isotonic"] as const)("%s improves ECE and log loss of over-confident scores", (kind) => {
    const calibrator = fitCalibrator(kind, scores, labels);
    const calibrated = applyCalibrator(calibrator, scores);
    expect(expectedCalibrationError(labels, calibrated)).toBeLessThan(expectedCalibrationError(labels, raw) / 3);
    expect(logLoss(labels, calibrated)).toBeLessThan(logLoss(labels, raw));
  });

  it("Platt recovers the true slope of 1/2", () => {
    const { params } = fitCalibrator("platt", scores, labels) as { params: { slope: number; intercept: number } };
    expect(params.slope).toBeGreaterThan(0.42);
    expect(params.slope).toBeLessThan(0.58);
  });

  it.each(["platt", "isotonic"] as const)("%s survives a JSON round trip and predicts the same", (kind) => {
    const calibrator = fitCalibrator(kind, scores, labels);
    const reloaded = parseCalibrator(JSON.parse(JSON.stringify(calibrator)), "model/calibrator.json");
    expect(reloaded).toEqual(calibrator);
    expect(applyCalibrator(reloaded, scores)).toEqual(applyCalibrator(calibrator, scores));
  });

  it("isotonic output is non-decreasing in the score", () => {
    const calibrator = fitCalibrator("isotonic", scores, labels);
    const grid = Array.from({ length: 200 }, (_, i) => -7 + (14 * i) / 199);
    const out = applyCalibrator(calibrator, grid);
    for (let i = 1; i < out.length; i++) expect(out[i]!).toBeGreaterThanOrEqual(out[i - 1]!);
  });

  it("perfectly separated scores: hard-label Platt has no finite fit and says so; smoothing stays finite", () => {
    const s = [0.1, 0.2, 0.3, 0.7, 0.8, 0.9];
    const y = [0, 0, 0, 1, 1, 1];
    expect(() => fitPlatt(s, y, { targetSmoothing: false })).toThrow(/separate the classes perfectly/);
    expect(() => fitPlatt(s, y, { targetSmoothing: false })).toThrow(UndefinedMetricError);
    const fit = fitPlatt(s, y);
    expect(Number.isFinite(fit.slope)).toBe(true);
    expect(fit.slope).toBeGreaterThan(0);
    const p = applyPlatt(fit, s);
    // Smoothed targets are 1/5 and 4/5, so probabilities stay inside them.
    expect(p[0]!).toBeGreaterThan(0.2 - 0.1);
    expect(p[5]!).toBeLessThan(0.8 + 0.1);
  });

  it("constant scores give the smoothed base rate", () => {
    const fit = fitPlatt([1, 1, 1, 1], [1, 0, 0, 0]);
    expect(fit.slope).toBe(0);
    // mean target = (2/3 + 3 * 1/5) / 4
    expect(applyPlatt(fit, [5])[0]).toBeCloseTo((2 / 3 + 3 / 5) / 4, 14);
  });

  it("parseCalibrator rejects malformed JSON with the source name and path", () => {
    expect(() => parseCalibrator({ kind: "platt", params: { slope: "1", intercept: 0 } }, "cal.json")).toThrow(
      /cal.json is not a valid calibrator[\s\S]*params.slope/,
    );
    expect(() => parseCalibrator({ kind: "isotonic", params: { x: [1, 0], y: [0, 1] } })).toThrow(/strictly increasing/);
    expect(() => parseCalibrator({ kind: "beta", params: {} })).toThrow(/not a valid calibrator/);
  });

  it("bad input is named", () => {
    expect(() => fitCalibrator("isotonic", [0.1, 0.2], [0, 2])).toThrow("labels[1] = 2: expected 0 or 1");
    expect(() => fitCalibrator("platt", [0.1, Infinity], [0, 1])).toThrow("scores[1] = Infinity: expected a finite number");
    expect(() => fitCalibrator("nope" as "platt", [0.1], [1])).toThrow(/expected "platt" or "isotonic"/);
  });
});
