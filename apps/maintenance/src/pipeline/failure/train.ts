// Trains the failure-risk model on AI4I rows: out-of-fold booster margins fit the calibrator and choose the
// threshold (the test rows are never seen), then the booster, the per-mode boosters and the logistic-regression
// baseline are fitted on all training rows.
import { applyCalibrator, fitCalibrator, fitLogisticRegression, predictLogOdds } from "@verticals/core";
import type { FailureConfig } from "../config";
import { bestF1Threshold } from "./best-f1";
import { FAILURE_FEATURES, FEATURE_COUNT } from "./features";
import { fitGbdt } from "./gbdt";
import { marginsOf, PREDICTED_MODES, type FailureModel, type PredictedMode } from "./model";
import { selectRows, selectValues, stratifiedFolds } from "./split";

export interface FailureTrainingData {
  /** Row-major features (rows x FEATURE_COUNT). */
  X: Float64Array;
  /** Machine failure, 0/1. */
  y: Uint8Array;
  /** Failure-mode flags: targets of the per-mode boosters only, never inputs. */
  modes: Record<PredictedMode, Uint8Array>;
}

export interface FailureTrainingResult {
  model: FailureModel;
  /** Out-of-fold calibrated probabilities of the training rows (for reporting calibration honestly). */
  outOfFold: Float64Array;
  seconds: number;
}

/** Steps reported to a progress callback: folds, final fit, modes, baseline. */
export type FailureProgress = (step: string, done: number, total: number) => void;

export function trainFailureModel(data: FailureTrainingData, config: FailureConfig, seed: number, progress?: FailureProgress): FailureTrainingResult {
  const started = performance.now();
  const d = FEATURE_COUNT;
  const n = data.y.length;
  const totalSteps = config.folds + 1 + PREDICTED_MODES.length + 1;
  let step = 0;
  const report = (what: string) => progress?.(what, ++step, totalSteps);

  // 1. Out-of-fold margins: each row scored by a booster that never saw it.
  const fold = stratifiedFolds(data.y, config.folds, seed);
  const oofMargin = new Float64Array(n);
  for (let k = 0; k < config.folds; k++) {
    const inFold: number[] = [];
    const outFold: number[] = [];
    for (let i = 0; i < n; i++) (fold[i] === k ? outFold : inFold).push(i);
    const booster = fitGbdt(selectRows(data.X, d, inFold), d, selectValues(data.y, inFold), config.booster);
    const margins = marginsOf(booster, selectRows(data.X, d, outFold));
    outFold.forEach((row, j) => (oofMargin[row] = margins[j]!));
    report(`fold ${k + 1}/${config.folds}`);
  }
  const calibrator = fitCalibrator(config.calibration, oofMargin, data.y);
  const outOfFold = applyCalibrator(calibrator, oofMargin);
  const { threshold } = bestF1Threshold(data.y, outOfFold);

  // 2. The booster on all training rows.
  const booster = fitGbdt(data.X, d, data.y, config.booster);
  report("final booster");

  // 3. One booster per mode: which failure a flagged reading most resembles.
  const modes = PREDICTED_MODES.map((mode) => {
    const modeBooster = fitGbdt(data.X, d, data.modes[mode], config.modeBooster);
    report(`mode ${mode}`);
    return { mode, booster: modeBooster };
  });

  // 4. Logistic-regression baseline on the same features and rows, its threshold also chosen out of fold.
  const matrix = (X: Float64Array) => ({ data: X, rows: X.length / d, columns: d });
  const baselineOof = new Float64Array(n);
  for (let k = 0; k < config.folds; k++) {
    const inFold: number[] = [];
    const outFold: number[] = [];
    for (let i = 0; i < n; i++) (fold[i] === k ? outFold : inFold).push(i);
    const lr = fitLogisticRegression(matrix(selectRows(data.X, d, inFold)), selectValues(data.y, inFold), { l2: config.baselineL2 });
    const logOdds = predictLogOdds(lr, matrix(selectRows(data.X, d, outFold)));
    outFold.forEach((row, j) => (baselineOof[row] = 1 / (1 + Math.exp(-logOdds[j]!))));
  }
  const baselineModel = fitLogisticRegression(matrix(data.X), data.y, { l2: config.baselineL2 });
  report("baseline");

  const model: FailureModel = {
    kind: "failure-risk",
    features: FAILURE_FEATURES.map((f) => f.key),
    booster,
    calibrator,
    threshold,
    modes,
    baseline: { model: baselineModel, threshold: bestF1Threshold(data.y, baselineOof).threshold },
  };
  return { model, outOfFold, seconds: (performance.now() - started) / 1000 };
}
