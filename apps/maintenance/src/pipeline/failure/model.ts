// The trained failure-risk model as plain JSON: the booster, its calibrator and threshold, one small booster
// per failure mode (to name the likely mode of a flagged reading) and the logistic-regression baseline.
import {
  applyCalibrator,
  parseCalibrator,
  predictLogOdds,
  type Calibrator,
  type LogisticRegressionModel,
} from "@verticals/core";
import { z } from "zod";
import { FAILURE_FEATURES, FEATURE_COUNT, featureMatrix, type ProcessReading } from "./features";
import { gbdtMargin, gbdtPredict, gbdtSchema, type Gbdt } from "./gbdt";

/** Modes the model names. RNF (random failure, 0.1% of rows independent of the readings) cannot be predicted. */
export const PREDICTED_MODES = ["TWF", "HDF", "PWF", "OSF"] as const;
export type PredictedMode = (typeof PREDICTED_MODES)[number];

export const MODE_NAMES: Record<PredictedMode | "RNF", string> = {
  TWF: "Tool wear failure",
  HDF: "Heat dissipation failure",
  PWF: "Power failure",
  OSF: "Overstrain failure",
  RNF: "Random failure",
};

export interface FailureModel {
  kind: "failure-risk";
  features: string[];
  booster: Gbdt;
  /** Maps the booster's log-odds to a calibrated probability. */
  calibrator: Calibrator;
  /** Calibrated probability at or above which a reading is flagged (best F1 out of fold). */
  threshold: number;
  modes: { mode: PredictedMode; booster: Gbdt }[];
  baseline: { model: LogisticRegressionModel; threshold: number };
}

export interface FailureScore {
  probability: number;
  flagged: boolean;
  /** Most likely mode and each mode's probability (from the per-mode boosters). */
  likelyMode: PredictedMode;
  modeProbabilities: Record<PredictedMode, number>;
}

/** Booster log-odds of every row of a row-major feature matrix. */
export function marginsOf(booster: Gbdt, X: Float64Array): Float64Array {
  const rows = X.length / booster.featureCount;
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) out[r] = gbdtMargin(booster, X, r * booster.featureCount);
  return out;
}

/** Calibrated failure probabilities of a feature matrix. */
export function failureProbabilities(model: FailureModel, X: Float64Array): Float64Array {
  return applyCalibrator(model.calibrator, marginsOf(model.booster, X));
}

/** Per-mode probabilities, one array per predicted mode. */
export function modeProbabilities(model: FailureModel, X: Float64Array): Record<PredictedMode, Float64Array> {
  const out = {} as Record<PredictedMode, Float64Array>;
  for (const { mode, booster } of model.modes) out[mode] = gbdtPredict(booster, X);
  return out;
}

export function scoreReadings(model: FailureModel, readings: readonly ProcessReading[]): FailureScore[] {
  const X = featureMatrix(readings);
  const p = failureProbabilities(model, X);
  const modes = modeProbabilities(model, X);
  return readings.map((_, i) => {
    const perMode = Object.fromEntries(PREDICTED_MODES.map((m) => [m, modes[m][i]!])) as Record<PredictedMode, number>;
    const likelyMode = PREDICTED_MODES.reduce((best, m) => (perMode[m] > perMode[best] ? m : best), PREDICTED_MODES[0]);
    return { probability: p[i]!, flagged: p[i]! >= model.threshold, likelyMode, modeProbabilities: perMode };
  });
}

/** The baseline's probabilities (plain logistic regression, uncalibrated beyond its own fit). */
export function baselineProbabilities(model: FailureModel, X: Float64Array): Float64Array {
  const logOdds = predictLogOdds(model.baseline.model, { data: X, rows: X.length / FEATURE_COUNT, columns: FEATURE_COUNT });
  return logOdds.map((z) => 1 / (1 + Math.exp(-z)));
}

const modelSchema = z.object({
  kind: z.literal("failure-risk"),
  features: z.array(z.string()),
  booster: gbdtSchema,
  calibrator: z.unknown(),
  threshold: z.number(),
  modes: z.array(z.object({ mode: z.enum(PREDICTED_MODES), booster: gbdtSchema })),
  baseline: z.object({ model: z.looseObject({ kind: z.literal("logistic-regression") }), threshold: z.number() }),
});

export function parseFailureModel(value: unknown, source: string): FailureModel {
  const parsed = modelSchema.safeParse(value);
  if (!parsed.success) throw new Error(`${source}: not a failure-risk model (${z.prettifyError(parsed.error)})`);
  const expected = FAILURE_FEATURES.map((f) => f.key as string);
  if (parsed.data.features.join(",") !== expected.join(",")) {
    throw new Error(`${source}: model features [${parsed.data.features.join(", ")}] differ from this code's [${expected.join(", ")}]; retrain`);
  }
  return {
    ...parsed.data,
    calibrator: parseCalibrator(parsed.data.calibrator, `${source} calibrator`),
    baseline: { model: parsed.data.baseline.model as unknown as LogisticRegressionModel, threshold: parsed.data.baseline.threshold },
  };
}
