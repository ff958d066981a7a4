// The failure-risk model end to end: split AI4I (the separate test file when present, else a stratified split
// of the training file), train, score the held-out rows against the logistic-regression baseline.
import { AI4I_FAILURE_MODES, type Ai4iData, type Ai4iFailureMode } from "@verticals/data";
import type { FailureConfig } from "./config";
import { SEED_OFFSETS } from "./config";
import type { EquipmentData } from "./data";
import { evaluateFailureModel, type FailureEvaluation, type FailureTestData } from "./failure/evaluate";
import { featureMatrix, readingsOf } from "./failure/features";
import { PREDICTED_MODES, type PredictedMode } from "./failure/model";
import { selectValues, stratifiedSplit } from "./failure/split";
import { trainFailureModel, type FailureProgress, type FailureTrainingResult } from "./failure/train";

export interface FailureSplit {
  train: { data: Ai4iData; rows: Int32Array };
  test: { data: Ai4iData; rows: Int32Array };
  /** Plain-language description for the model card. */
  description: string;
}

const allRows = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

export function failureSplit(equipment: EquipmentData, config: FailureConfig, seed: number): FailureSplit {
  const { ai4i, ai4iTest } = equipment;
  if (ai4iTest) {
    return {
      train: { data: ai4i, rows: allRows(ai4i.rowCount) },
      test: { data: ai4iTest, rows: allRows(ai4iTest.rowCount) },
      description: `Trained on every row of ai4i2020.csv (${ai4i.rowCount}), tested on ai4i2020_test.csv (${ai4iTest.rowCount} rows); calibration and threshold from ${config.folds}-fold out-of-fold scores of the training rows.`,
    };
  }
  const { train, test } = stratifiedSplit(ai4i.machineFailure, config.testShare, seed + SEED_OFFSETS.failureSplit);
  return {
    train: { data: ai4i, rows: train },
    test: { data: ai4i, rows: test },
    description: `Stratified ${Math.round((1 - config.testShare) * 100)}/${Math.round(config.testShare * 100)} split of ai4i2020.csv (seeded): ${train.length} training rows, ${test.length} test rows kept out of training; calibration and threshold from ${config.folds}-fold out-of-fold scores of the training rows.`,
  };
}

export function testData(part: FailureSplit["test"]): FailureTestData & { udi: Int32Array; productId: string[] } {
  const { data, rows } = part;
  return {
    X: featureMatrix(readingsOf(data, rows)),
    y: selectValues(data.machineFailure, rows),
    type: selectValues(data.type, rows),
    modes: Object.fromEntries(AI4I_FAILURE_MODES.map((m) => [m, selectValues(data.failureModes[m], rows)])) as Record<Ai4iFailureMode, Uint8Array>,
    udi: Int32Array.from(rows, (r) => data.udi[r]!),
    productId: Array.from(rows, (r) => data.productId[r]!),
  };
}

export interface FailureRun {
  split: FailureSplit;
  trained: FailureTrainingResult;
  evaluation: FailureEvaluation;
}

export function runFailure(equipment: EquipmentData, config: FailureConfig, seed: number, progress?: FailureProgress): FailureRun {
  const split = failureSplit(equipment, config, seed);
  const { data, rows } = split.train;
  const trained = trainFailureModel(
    {
      X: featureMatrix(readingsOf(data, rows)),
      y: selectValues(data.machineFailure, rows),
      modes: Object.fromEntries(PREDICTED_MODES.map((m) => [m, selectValues(data.failureModes[m], rows)])) as Record<PredictedMode, Uint8Array>,
    },
    config,
    seed + SEED_OFFSETS.failureFolds,
    progress,
  );
  const evaluation = evaluateFailureModel(trained.model, testData(split.test));
  return { split, trained, evaluation };
}
