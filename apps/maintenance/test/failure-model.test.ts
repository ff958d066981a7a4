import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { loadAi4i2020, AI4I_FAILURE_MODES } from "@verticals/data";
import { FAILURE_FEATURES, featureMatrix, readingsOf, writeFeatures } from "../src/pipeline/failure/features";
import { evaluateFailureModel } from "../src/pipeline/failure/evaluate";
import { parseFailureModel, PREDICTED_MODES, scoreReadings, type PredictedMode } from "../src/pipeline/failure/model";
import { selectValues, stratifiedFolds, stratifiedSplit } from "../src/pipeline/failure/split";
import { trainFailureModel, type FailureTrainingResult } from "../src/pipeline/failure/train";
import { syntheticEquipment, TINY_CONFIG } from "./support/fixtures";

describe("failure-risk model (synthetic AI4I twin)", () => {
  let cleanup: () => void;
  let trained: FailureTrainingResult;
  let evaluation: ReturnType<typeof evaluateFailureModel>;

  beforeAll(async () => {
    const folder = await syntheticEquipment({ rows: 4000 });
    cleanup = folder.cleanup;
    const data = await loadAi4i2020(`${folder.dir}/ai4i2020`);
    const { train, test } = stratifiedSplit(data.machineFailure, 0.25, 1);
    trained = trainFailureModel(
      {
        X: featureMatrix(readingsOf(data, train)),
        y: selectValues(data.machineFailure, train),
        modes: Object.fromEntries(PREDICTED_MODES.map((m) => [m, selectValues(data.failureModes[m], train)])) as Record<PredictedMode, Uint8Array>,
      },
      TINY_CONFIG.failure,
      2,
    );
    evaluation = evaluateFailureModel(trained.model, {
      X: featureMatrix(readingsOf(data, test)),
      y: selectValues(data.machineFailure, test),
      type: selectValues(data.type, test),
      modes: Object.fromEntries(AI4I_FAILURE_MODES.map((m) => [m, selectValues(data.failureModes[m], test)])) as never,
    });
  });
  afterAll(() => cleanup?.());

  it("reads process readings and product type only, never the failure-mode flags", () => {
    const names = FAILURE_FEATURES.map((f) => f.key.toLowerCase()).join(" ");
    for (const mode of AI4I_FAILURE_MODES) expect(names).not.toContain(mode.toLowerCase());
    expect(trained.model.features).toEqual(FAILURE_FEATURES.map((f) => f.key));
  });

  it("derives power, temperature difference and strain from the readings", () => {
    const out = new Float64Array(FAILURE_FEATURES.length);
    writeFeatures({ type: 1, airK: 300, processK: 310, rpm: 1500, torqueNm: 40, toolWearMin: 100 }, out, 0);
    expect(out[6]).toBeCloseTo((40 * 1500 * 2 * Math.PI) / 60, 6);
    expect(out[7]).toBeCloseTo(10, 10);
    expect(out[8]).toBe(4000);
    expect(out[9]).toBeCloseTo(4000 / 12_000, 10);
  });

  it("beats its logistic-regression baseline on held-out rows", () => {
    expect(evaluation.model.roc_auc).toBeGreaterThan(0.9);
    expect(evaluation.model.auprc).toBeGreaterThan(evaluation.baseline.auprc);
    expect(evaluation.model.f1).toBeGreaterThan(evaluation.baseline.f1);
    expect(evaluation.byType.map((t) => t.type)).toEqual(["L", "M", "H"]);
  });

  it("gives calibrated probabilities in [0, 1] and names a likely mode for flagged readings", () => {
    const scores = scoreReadings(trained.model, [
      { type: 0, airK: 300, processK: 309, rpm: 1400, torqueNm: 40, toolWearMin: 20 },
      { type: 0, airK: 302, processK: 310.2, rpm: 1300, torqueNm: 62, toolWearMin: 210 },
    ]);
    for (const s of scores) {
      expect(s.probability).toBeGreaterThanOrEqual(0);
      expect(s.probability).toBeLessThanOrEqual(1);
      expect(PREDICTED_MODES).toContain(s.likelyMode);
    }
    expect(scores[1]!.probability).toBeGreaterThan(scores[0]!.probability);
    expect(evaluation.model.ece).toBeLessThan(0.05);
  });

  it("survives a JSON round trip and refuses a model of other features", () => {
    const json = JSON.parse(JSON.stringify(trained.model));
    expect(parseFailureModel(json, "test").threshold).toBe(trained.model.threshold);
    expect(() => parseFailureModel({ ...json, features: ["airK"] }, "model.json")).toThrow(/model.json: model features \[airK\] differ/);
  });

  it("splits and folds keep the failure share in every part", () => {
    const y = Uint8Array.from({ length: 1000 }, (_, i) => (i % 10 === 0 ? 1 : 0));
    const { train, test } = stratifiedSplit(y, 0.2, 4);
    expect(test.length).toBe(200);
    expect(Array.from(test).filter((i) => y[i] === 1)).toHaveLength(20);
    const folds = stratifiedFolds(y, 4, 4);
    for (let k = 0; k < 4; k++) expect(Array.from(folds).filter((f, i) => f === k && y[i] === 1)).toHaveLength(25);
    expect(new Set([...train, ...test]).size).toBe(1000);
  });
});
