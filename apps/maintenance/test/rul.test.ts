import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { cmapssScore, fitMeanRegressor, fitRidgeRegression, initBackend, tf } from "@verticals/core";
import { loadCmapss } from "@verticals/data";
import { MEASUREMENT_COUNT, type Engine } from "../src/pipeline/rul/engines";
import { evaluateRul } from "../src/pipeline/rul/evaluate";
import { enginesOf } from "../src/pipeline/rul/from-trajectories";
import { splitByEngine } from "../src/pipeline/rul/holdout";
import { fitNormalisation } from "../src/pipeline/rul/normalise";
import { trainRul, type RulTrainingResult } from "../src/pipeline/rul/train";
import { fitResidualBands } from "../src/pipeline/rul/uncertainty";
import { weightAverager } from "../src/pipeline/rul/weight-averaging";
import { silenceStderr, syntheticEquipment, TINY_CONFIG } from "./support/fixtures";

const config = TINY_CONFIG.rul;

/** A network that always answers `rul` cycles: a dense layer with zero weights and bias rul / cap. */
function constantModel(rul: number, features: number): tf.LayersModel {
  const model = tf.sequential();
  model.add(tf.layers.flatten({ inputShape: [config.window / config.pool, features] }));
  model.add(tf.layers.dense({ units: 1, kernelInitializer: "zeros", biasInitializer: tf.initializers.constant({ value: rul / config.cap }) }));
  return model;
}

const flatEngine = (unit: number, cycles: number): Engine => ({ unit, firstCycle: 1, cycles, values: Float64Array.from({ length: cycles * MEASUREMENT_COUNT }, (_, i) => (i % 7) + unit) });

describe("RUL evaluation", () => {
  beforeAll(async () => {
    await initBackend();
  });

  it("scores the last cycle with NASA's score: late predictions cost more than early ones", () => {
    const engines = [flatEngine(1, 40), flatEngine(2, 50), flatEngine(3, 60)];
    const norm = fitNormalisation(engines);
    const model = constantModel(50, norm.sensors.length);
    const trained = {
      models: [model],
      norm,
      bands: fitResidualBands(new Array(40).fill(50), Array.from({ length: 40 }, (_, i) => 30 + i)),
      baselines: { mean: fitMeanRegressor([20, 30]), linear: fitRidgeRegression(Array.from({ length: 60 }, (_, i) => Array.from({ length: 3 * norm.sensors.length }, (_, j) => (i * 7 + j) % 11)), Array.from({ length: 60 }, (_, i) => i)) },
    } as unknown as RulTrainingResult;
    const truth = [40, 50, 70]; // the model says 50: 10 late, exact, 20 early
    const result = evaluateRul(trained, engines, truth, config);
    expect(result.nasa_score).toBeCloseTo(Math.expm1(10 / 10) + Math.expm1(20 / 13), 3);
    expect(result.nasa_score).toBeCloseTo(cmapssScore(truth, [50, 50, 50]), 3);
    expect(result.rmse).toBeCloseTo(Math.sqrt((100 + 0 + 400) / 3), 3);
    // Being 10 cycles late costs more than being 10 early (the engine fails before its service).
    expect(cmapssScore([40], [50])).toBeGreaterThan(cmapssScore([60], [50]));
    expect(result.predictions.map((p) => p.rul)).toEqual([50, 50, 50].map((v) => expect.closeTo(v, 3)));
    model.dispose();
  });
});

describe("weight averaging", () => {
  it("puts the mean of the end-of-epoch weights into the model", async () => {
    await initBackend();
    const model = tf.sequential();
    model.add(tf.layers.dense({ units: 2, inputShape: [3] }));
    const averager = weightAverager(model);
    const reporter = averager.reporter();
    const log = { epoch: 1, loss: 0, metrics: {}, seconds: 0 };
    const shapes = model.getWeights().map((w) => w.shape);
    for (const value of [1, 2, 6]) {
      model.setWeights(shapes.map((s) => tf.fill(s, value)));
      reporter.epoch(log);
    }
    expect(averager.count).toBe(3);
    averager.apply();
    for (const w of model.getWeights()) expect(Array.from(w.dataSync())).toEqual(new Array(w.size).fill(3));
    model.dispose();
  });
});

describe("RUL training (tiny network on the synthetic twin)", () => {
  let cleanup: () => void;
  let trained: RulTrainingResult;
  let engines: Engine[];
  let restore: () => void;

  beforeAll(async () => {
    restore = silenceStderr();
    await initBackend();
    const folder = await syntheticEquipment({ rows: 500, engines: 20 });
    cleanup = folder.cleanup;
    engines = enginesOf((await loadCmapss(`${folder.dir}/cmapss`)).train);
    const { kept, heldOut } = splitByEngine(engines, 0.2, 1);
    trained = await trainRul({ train: kept, validation: heldOut, config: { ...config, selection: "weight-averaging" }, seed: 4, reporter: null });
  });
  afterAll(() => {
    for (const m of trained?.models ?? []) m.dispose();
    cleanup?.();
    restore?.();
  });

  it("trains on windows of whole engines, stops on the validation engines and fits the band", () => {
    expect(trained.trainWindows).toBeGreaterThan(1000);
    expect(trained.validationCuts).toBeGreaterThan(0);
    expect(trained.histories[0]!.epochs.length).toBe(config.epochs); // weight averaging trains the whole schedule
    expect(trained.histories[0]!.bestEpoch).toBe(config.epochs);
    expect(trained.histories[0]!.history.val_rmse).toBeDefined();
    expect(trained.bands.counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
  });

  it("predicts finite, non-negative RUL with a band that contains it", () => {
    const result = evaluateRul(trained, engines.slice(0, 5), [10, 20, 30, 40, 50], config);
    for (const p of result.predictions) {
      expect(Number.isFinite(p.rul)).toBe(true);
      expect(p.rul).toBeGreaterThanOrEqual(0);
      expect(p.p10).toBeLessThanOrEqual(p.p90);
    }
    expect(result.baselines.mean.rmse).toBeGreaterThan(0);
  });
});
