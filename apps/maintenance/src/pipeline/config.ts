// Every knob of the maintenance pipeline in one place. Anything that shapes a trained model is part of the
// training fingerprint (see fingerprint.ts), so changing it retrains.
import type { GbdtParams } from "./failure/gbdt";

export interface FailureConfig {
  /** Share of ai4i2020.csv held out for testing when no ai4i2020_test.csv is present (stratified). */
  testShare: number;
  /** Folds of the out-of-fold scores that fit the calibrator and choose the threshold. */
  folds: number;
  /** Every distinct value is a split candidate (maxBins above the distinct count): quantile bins cost F1 here. */
  booster: Partial<GbdtParams>;
  /** Smaller boosters, one per failure mode, that name the likely mode of a flagged reading. */
  modeBooster: Partial<GbdtParams>;
  /** Probability calibration fitted on out-of-fold margins. */
  calibration: "platt" | "isotonic";
  /** L2 penalty of the logistic-regression baseline (1 / C). */
  baselineL2: number;
}

export interface RulConfig {
  /** Cycles per input window. */
  window: number;
  /**
   * Cycles of history before the first training window and the first prediction (at most `window`; shorter
   * histories are padded at the front with the first cycle). NASA's shortest test engine has 31 cycles.
   */
  minHistory: number;
  /** Consecutive cycles averaged into one time step of the network's input (denoises; window / pool steps). */
  pool: number;
  /**
   * Feed the engine's age (its cycle number, known for any engine in service) as one more channel: engines start
   * with different wear, but age still narrows the RUL (measured on held-out FD001 engines: RMSE -0.6, NASA score -20%).
   */
  ageChannel: boolean;
  /**
   * Each sensor's change from the engine's own mean over its first `baselineCycles` cycles as extra channels
   * (causal; 0: none). Engines start at different sensor levels; the change isolates the wear.
   */
  baselineCycles: number;
  /** Piecewise-linear RUL target: min(cap, cycles to failure). */
  cap: number;
  /** Share of training engines kept out of training for early stopping and the uncertainty band. */
  validationShare: number;
  /** Cut points per validation engine used to calibrate the uncertainty band (truncated like the official test). */
  cutsPerEngine: number;
  /**
   * Ensemble members. 1: one network on the train/validation split (`validationShare`). More: cross-fitting, the
   * training engines cut into `folds` folds by engine, member m trained on all folds but m and validated on fold m;
   * the prediction is the members' mean and the band uses each member's residuals on its own fold.
   */
  ensemble: number;
  /** Folds of the cross-fitted ensemble (>= ensemble; members beyond `ensemble` are simply not trained). */
  folds: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** From this epoch (1-based) on, the learning rate is a tenth (0: never). */
  lrDecayEpoch: number;
  /**
   * Which weights to keep. "early-stopping": stop after `patience` epochs without a better validation RMSE and keep
   * the best epoch (of either learning-rate phase). "weight-averaging": train the whole schedule and average the
   * weights of the low-learning-rate epochs (no epoch is picked on the small validation set). "last": the last epoch.
   * The validation RMSE is reported in every case.
   */
  selection: "early-stopping" | "weight-averaging" | "last";
  patience: number;
  /** Architecture knobs. */
  filters: number;
  kernel: number;
  convLayers: number;
  dense: number;
  dropout: number;
  /** Ridge penalty of the linear baseline. */
  baselineL2: number;
}

export interface PipelineConfig {
  failure: FailureConfig;
  rul: RulConfig;
  /**
   * Changes to `rul` when the C-MAPSS files are synthetic (the demo's generated twins, e.g. `pnpm verticals demo`):
   * the demo trains every app in a few minutes, so it trains fewer ensemble members.
   */
  syntheticRul?: Partial<RulConfig>;
}

/** The configuration actually trained for this data: `syntheticRul` applied when the C-MAPSS data is synthetic. */
export function configForData(config: PipelineConfig, cmapssKind: "real" | "synthetic"): PipelineConfig {
  if (cmapssKind !== "synthetic" || !config.syntheticRul) return config;
  return { ...config, rul: { ...config.rul, ...config.syntheticRul } };
}

export const DEFAULT_CONFIG: PipelineConfig = {
  failure: {
    testShare: 0.2,
    folds: 4,
    booster: { rounds: 300, maxDepth: 4, learningRate: 0.05, lambda: 1, minChildWeight: 1, maxBins: 65_535 },
    modeBooster: { rounds: 100, maxDepth: 3, learningRate: 0.1, lambda: 1, minChildWeight: 1, maxBins: 65_535 },
    calibration: "platt",
    baselineL2: 1,
  },
  rul: {
    window: 60,
    minHistory: 30,
    pool: 2,
    ageChannel: true,
    baselineCycles: 30,
    cap: 125,
    validationShare: 0.2,
    cutsPerEngine: 5,
    ensemble: 5,
    folds: 5,
    epochs: 20,
    batchSize: 128,
    learningRate: 1e-3,
    lrDecayEpoch: 16,
    selection: "weight-averaging",
    patience: 6,
    filters: 10,
    kernel: 10,
    convLayers: 4,
    dense: 100,
    dropout: 0.5,
    baselineL2: 1,
  },
  // The synthetic twins: 3 members (of the same 5 folds) and 6 epochs. The demo must train fast, and on the
  // twins the validation RMSE bottoms out by epoch 3-6 and then rises (the network learns each engine's quirks).
  syntheticRul: { ensemble: 3, epochs: 6, lrDecayEpoch: 5 },
};

/** Sensor columns the RUL model reads: the 14 that vary in FD001 (1, 5, 6, 10, 16, 18, 19 are flat). */
export const RUL_SENSORS = [2, 3, 4, 7, 8, 9, 11, 12, 13, 14, 15, 17, 20, 21] as const;

/** Default plan settings; every one can be changed per request (see plan.ts for what they mean). */
export const DEFAULT_PLAN_SETTINGS = {
  horizonCycles: 30,
  slotCycles: 10,
  crewsPerSlot: 2,
  plannedStopCost: 40_000,
  unplannedFailureCost: 200_000,
} as const;

/** Seeds derived from the run seed for each random step, so steps do not share a stream. */
export const SEED_OFFSETS = { failureSplit: 1, failureFolds: 2, rulSplit: 3, rulCuts: 4, rulModel: 5, rulTrain: 6 } as const;
