// The whole fitting procedure shared by `train` and `evaluate`: the CNN (epochs chosen on val), the pixel
// logistic-regression baseline (penalty chosen on val), and each one's calibration and operating point (val).
import type { TrainingReporter } from "@verticals/core";
import { trainBaseline, baselineLogOdds, type TrainedBaseline } from "./baseline";
import type { TriageConfig } from "./config";
import type { Split } from "./dataset";
import { predictLogits } from "./model";
import { fitOperatingPoint, type OperatingPoint } from "./operating-point";
import { trainNetwork, type TrainedNetwork } from "./train";

export interface FittedTriage {
  network: TrainedNetwork;
  networkPoint: OperatingPoint;
  baseline: TrainedBaseline;
  baselinePoint: OperatingPoint;
  /** Raw scores on val (for calibration plots and cross-fitted reports). */
  valScores: { cnn: Float32Array; baseline: Float64Array };
  /** Wall-clock seconds of all fitting (CNN, baseline, calibration). */
  seconds: number;
}

export interface FitOptions {
  signal?: AbortSignal;
  progress?: TrainingReporter;
  log?: (message: string) => void;
}

export async function fitTriage(train: Split, val: Split, config: TriageConfig, options: FitOptions = {}): Promise<FittedTriage> {
  const started = performance.now();
  const network = await trainNetwork(train, val, config.train, { signal: options.signal, progress: options.progress });
  const cnnVal = predictLogits(network.model, val.input);
  const networkPoint = fitOperatingPoint(cnnVal, val.labels, config.targetSensitivity);
  options.log?.(`baseline: logistic regression on ${train.count} x 784 pixels, L2 chosen on val`);
  const baseline = trainBaseline(train, val);
  const baselineVal = baselineLogOdds(baseline.model, val.input);
  const baselinePoint = fitOperatingPoint(baselineVal, val.labels, config.targetSensitivity);
  return {
    network,
    networkPoint,
    baseline,
    baselinePoint,
    valScores: { cnn: cnnVal, baseline: baselineVal },
    seconds: (performance.now() - started) / 1000,
  };
}
