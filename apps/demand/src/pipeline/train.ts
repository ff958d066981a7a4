// Fits the forecaster on a history: the network on every series at many past origins, then the predictive
// distributions on the last `horizon` days, which the network has not been trained on (a genuine out-of-sample
// check of its spread). The same network then forecasts from the end of the history.
import { createRng, createStepProgress, type tf, type TrainingReporter } from "@verticals/core";
import type { DemandConfig } from "./config";
import type { DemandData } from "./dataset";
import { demandProfile, type DemandClass } from "./demand-class";
import { encode, fitEncoder, type EncoderSpec } from "./encoder";
import { buildFeatures, FEATURE_COUNT, featureContext, forecastRows, MIN_HISTORY, type Codes, type FeatureContext, type FeatureRow } from "./features";
import { estimateEffects, type DemandEffects } from "./effects";
import { fitDispersion, fitDispersionByClass, type Dispersion } from "./intervals";
import { buildHierarchy, HIERARCHY_LEVELS, sumMembers, type HierarchyLevel } from "./hierarchy";
import { predictGbdt, trainGbdt, type GbdtModel } from "./gbdt";
import { predictNetwork, trainNetwork } from "./model";

const { exp, log, max, round } = Math;

export interface Forecaster {
  model: tf.LayersModel;
  /** Trees whose mean is averaged with the network's (absent: the network alone). */
  gbdt?: GbdtModel;
  encoder: EncoderSpec;
  codes: Codes;
  dispersion: Dispersion;
  /** Daily NB dispersion of each hierarchy level's totals, fitted on the calibration window. */
  levelDispersion: Record<HierarchyLevel, number>;
  /** Price elasticities and event/SNAP lifts measured on the history, for what-ifs. */
  effects: DemandEffects;
  horizon: number;
}

/** The network's forecast of the last `horizon` history days, made before it saw them. */
export interface CalibrationWindow extends ForecastPaths {
  origin: number;
  classes: DemandClass[];
}

export interface FitReport {
  calibration: CalibrationWindow;
  trainRows: number;
  calibrationOrigin: number;
  seconds: number;
  epochs: { epoch: number; loss: number; valLoss?: number }[];
}

/** Training rows: origins T with every target day before `trainEnd`; only series already selling and days on sale. */
export function trainingRows(ctx: FeatureContext, trainEnd: number, config: Pick<DemandConfig, "years" | "originStep" | "horizonsPerOrigin" | "horizon" | "seed">): FeatureRow[] {
  const rng = createRng(`${config.seed}:rows`);
  const rows: FeatureRow[] = [];
  const firstOrigin = max(MIN_HISTORY, trainEnd - round(config.years * 365));
  for (let origin = trainEnd - 1; origin >= firstOrigin; origin -= config.originStep) {
    for (let s = 0; s < ctx.data.series.length; s++) {
      const first = ctx.firstSale[s]!;
      if (first < 0 || first > origin - 28) continue;
      for (let k = 0; k < config.horizonsPerOrigin; k++) {
        const h = 1 + rng.int(config.horizon);
        const t = origin + h - 1;
        if (t >= trainEnd || Number.isNaN(ctx.data.prices[s]![t]!)) continue;
        rows.push({ series: s, origin, h });
      }
    }
  }
  return rows;
}

export function classesAt(data: DemandData, origin: number): DemandClass[] {
  return data.sales.map((y) => demandProfile(y, origin).demandClass);
}

export interface FitOptions {
  signal?: AbortSignal;
  reporter?: TrainingReporter | null;
  log?: (message: string) => void;
}

export async function fitForecaster(data: DemandData, config: DemandConfig, options: FitOptions = {}): Promise<{ forecaster: Forecaster; report: FitReport }> {
  const started = performance.now();
  const { horizon } = config;
  const calibrationOrigin = data.days - horizon;
  if (calibrationOrigin < MIN_HISTORY + 28) {
    throw new Error(`the history has ${data.days} days; training needs at least ${MIN_HISTORY + 28 + horizon} (a year of lags, training origins and a ${horizon}-day calibration window)`);
  }
  const ctx = featureContext(data);
  const rows = trainingRows(ctx, calibrationOrigin, config);
  options.log?.(`features: ${rows.length} training rows (${data.series.length} series, origins up to day ${calibrationOrigin}), calibration on days ${calibrationOrigin + 1}-${data.days}`);
  const train = buildFeatures(ctx, rows);
  const encoder = fitEncoder(train, ctx.codes);
  const calibrationMatrix = buildFeatures(ctx, forecastRows(data.series.length, calibrationOrigin, horizon));
  const listedCalibration = calibrationMatrix.rows.flatMap((_, k) => (calibrationMatrix.listed[k] ? [k] : []));
  const { model, epochs } = await trainNetwork(
    {
      x: encode(encoder, train),
      logLevel: train.scale.map(log),
      target: train.target,
      dim: encoder.dim,
      validation: {
        x: encode(encoder, subsetRows(calibrationMatrix, listedCalibration)),
        logLevel: Float32Array.from(listedCalibration, (k) => log(calibrationMatrix.scale[k]!)),
        target: Float32Array.from(listedCalibration, (k) => calibrationMatrix.target[k]!),
      },
    },
    { ...config.network, seed: config.seed },
    { ...(options.signal ? { signal: options.signal } : {}), ...(options.reporter !== undefined ? { reporter: options.reporter } : {}) },
  );
  const gbdt = config.gbdt ? fitTrees(train, { ...config.gbdt, seed: config.seed }, options) : undefined;
  const partial = { model, encoder, codes: ctx.codes, horizon, ...(gbdt ? { gbdt } : {}) };
  const calibration = predictPaths(partial, ctx, calibrationOrigin);
  const actuals = data.sales.map((y) => y.subarray(calibrationOrigin, calibrationOrigin + horizon));
  const classes = classesAt(data, calibrationOrigin);
  // Christmas (stores closed) would teach the bands a spread that no other day has.
  const useDay = (h: number) => !data.calendar.eventName[calibrationOrigin + h]!.includes("Christmas");
  const dispersion = fitDispersionByClass({ means: calibration.means, alphas: calibration.alphas, actuals, classes, horizon, useDay });
  const levelDispersion = fitLevelDispersion(data, calibration.means, calibrationOrigin, horizon, useDay);
  let forecaster: Forecaster = { ...partial, dispersion, levelDispersion, effects: estimateEffects(data) };
  if (config.refit) {
    // Train again on every day (the calibration window included) and keep the calibrated bands: costs a second fit.
    const all = buildFeatures(ctx, trainingRows(ctx, data.days, config));
    options.log?.(`refit on ${all.rows.length} rows with targets up to day ${data.days}`);
    const refit = await trainNetwork(
      { x: encode(encoder, all), logLevel: all.scale.map(log), target: all.target, dim: encoder.dim },
      { ...config.network, seed: config.seed },
      { ...(options.signal ? { signal: options.signal } : {}), ...(options.reporter !== undefined ? { reporter: options.reporter } : {}) },
    );
    model.dispose();
    const trees = config.gbdt ? fitTrees(all, { ...config.gbdt, seed: config.seed }, options) : undefined;
    const { gbdt: _old, ...rest } = forecaster;
    forecaster = { ...rest, model: refit.model, ...(trees ? { gbdt: trees } : {}) };
  }
  return {
    forecaster,
    report: { calibration: { origin: calibrationOrigin, ...calibration, classes }, trainRows: rows.length, calibrationOrigin, seconds: (performance.now() - started) / 1000, epochs },
  };
}

function fitTrees(train: ReturnType<typeof buildFeatures>, config: Parameters<typeof trainGbdt>[1], options: FitOptions): GbdtModel {
  const progress = options.reporter === null ? undefined : createStepProgress({ label: "demand trees", total: config.trees, unit: "trees" });
  const model = trainGbdt({ x: train.x, rows: train.rows.length, features: FEATURE_COUNT, target: train.target, offset: train.scale.map(log) }, config, () => {
    if (options.signal?.aborted) throw new Error("training cancelled");
    progress?.tick();
  });
  progress?.finish();
  return model;
}

function subsetRows<T extends { rows: FeatureRow[]; x: Float32Array; scale: Float32Array; target: Float32Array; listed: Uint8Array }>(m: T, keep: number[]): T {
  const width = m.x.length / Math.max(1, m.rows.length);
  const x = new Float32Array(keep.length * width);
  keep.forEach((k, i) => x.set(m.x.subarray(k * width, (k + 1) * width), i * width));
  return {
    ...m,
    rows: keep.map((k) => m.rows[k]!),
    x,
    scale: Float32Array.from(keep, (k) => m.scale[k]!),
    target: Float32Array.from(keep, (k) => m.target[k]!),
    listed: Uint8Array.from(keep, (k) => m.listed[k]!),
  };
}

export interface ForecastPaths {
  /** Expected units per series and day ahead (0 on days the item is not on sale). */
  means: Float64Array[];
  /** The network's own NB dispersion for the same days (before the per-class factor). */
  alphas: Float64Array[];
}

/** The network's forecast for `horizon` days after `origin`, for every series or the chosen ones. */
export function predictPaths(forecaster: Pick<Forecaster, "model" | "encoder" | "horizon" | "gbdt">, ctx: FeatureContext, origin: number, series?: readonly number[]): ForecastPaths {
  const chosen = series ?? ctx.data.series.map((_, i) => i);
  const { horizon } = forecaster;
  const matrix = buildFeatures(ctx, forecastRows(ctx.data.series.length, origin, horizon, chosen));
  const logLevel = matrix.scale.map(log);
  const { logMean, alpha } = predictNetwork(forecaster.model, encode(forecaster.encoder, matrix), logLevel, forecaster.encoder.dim);
  const trees = forecaster.gbdt ? predictGbdt(forecaster.gbdt, matrix.x, matrix.rows.length, logLevel) : undefined;
  // The ensemble's mean: network and trees weigh the same.
  const meanOf = (k: number) => (trees ? 0.5 * (exp(logMean[k]!) + exp(trees[k]!)) : exp(logMean[k]!));
  return {
    means: chosen.map((_, n) => Float64Array.from({ length: horizon }, (_, h) => (matrix.listed[n * horizon + h] ? meanOf(n * horizon + h) : 0))),
    alphas: chosen.map((_, n) => Float64Array.from(alpha.subarray(n * horizon, (n + 1) * horizon))),
  };
}

/** Calibrated dispersion of one day: the network's alpha times its demand class's factor. */
export function calibratedAlpha(dispersion: Dispersion, demandClass: DemandClass, networkAlpha: number): number {
  return dispersion.factor[demandClass] * networkAlpha;
}

/** Daily NB dispersion of each level's totals over the window starting at `origin`, from the days `useDay` accepts. */
export function fitLevelDispersion(data: DemandData, means: Float64Array[], origin: number, horizon: number, useDay: (h: number) => boolean = () => true): Record<HierarchyLevel, number> {
  const nodes = buildHierarchy(data.series);
  return Object.fromEntries(
    HIERARCHY_LEVELS.map((level) => {
      const observations = nodes
        .filter((node) => node.level === level)
        .flatMap((node) => {
          const mean = sumMembers(means, node.members, horizon);
          const actual = sumMembers(data.sales, node.members, horizon, origin);
          return Array.from(mean, (m, h) => ({ mean: m, actual: actual[h]! })).filter((_, h) => useDay(h));
        });
      return [level, fitDispersion(observations)];
    }),
  ) as Record<HierarchyLevel, number>;
}
