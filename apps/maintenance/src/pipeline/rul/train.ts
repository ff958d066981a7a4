// Trains the RUL model on whole engines: one network, or a cross-fitted ensemble (member m trained without fold m
// of the engines), each with a validation curve on engines it never saw cut short like the official test; then
// the uncertainty band from each member's residuals on every cycle of its own validation engines, and the two
// baselines on the same training engines.
import { createTrainingReporter, tf, trainModel, type TrainingHistory, type TrainingReporter } from "@verticals/core";
import type { RulConfig } from "../config";
import { fitRulBaselines, type RulBaselines } from "./baselines";
import type { Engine } from "./engines";
import { cutShort, memberSplits } from "./holdout";
import { buildRulModel, predictRul } from "./model";
import { weightAverager } from "./weight-averaging";
import { fitNormalisation, inputFeatures, normaliseEngine, type SensorNormalisation } from "./normalise";
import { fitResidualBands, type ResidualBands } from "./uncertainty";
import { lastWindows, poolWindows, trainingWindows, windowsAt, type Windows } from "./windowing";

export interface RulTrainingResult {
  models: tf.LayersModel[];
  norm: SensorNormalisation;
  bands: ResidualBands;
  baselines: RulBaselines;
  histories: TrainingHistory[];
  trainWindows: number;
  validationCuts: number;
  seconds: number;
}

export interface RulTrainingOptions {
  train: readonly Engine[];
  validation: readonly Engine[];
  config: RulConfig;
  seed: number;
  /** One reporter per ensemble member; default: core's progress bar on stderr. Pass null for silence. */
  reporter?: ((member: number) => TrainingReporter) | null;
  signal?: AbortSignal;
}

/** Mean prediction of the ensemble members for raw windows (count x window x features). */
export function ensemblePredict(models: readonly tf.LayersModel[], x: Float32Array, count: number, config: RulConfig, features: number): Float32Array {
  const sum = new Float32Array(count);
  const input = poolWindows(x, count, config.window, features, config.pool);
  for (const model of models) {
    const p = predictRul(model, input, count, config.window / config.pool, features, config.cap);
    for (let i = 0; i < count; i++) sum[i] = sum[i]! + p[i]! / models.length;
  }
  return sum;
}

/** One history from consecutive phases: epochs renumbered, the best epoch over all of them. */
export function mergeHistories(runs: readonly TrainingHistory[]): TrainingHistory {
  const first = runs[0]!;
  const epochs: TrainingHistory["epochs"] = [];
  const history: Record<string, number[]> = {};
  let best = { epoch: 0, value: Number.POSITIVE_INFINITY };
  for (const run of runs) {
    const offset = epochs.length;
    epochs.push(...run.epochs.map((e) => ({ ...e, epoch: e.epoch + offset })));
    for (const [name, values] of Object.entries(run.history)) (history[name] ??= []).push(...values);
    if (run.bestValue < best.value) best = { epoch: run.bestEpoch + offset, value: run.bestValue };
  }
  return {
    ...first,
    epochs,
    history,
    bestEpoch: best.epoch,
    bestValue: best.value,
    stoppedEarly: runs.some((r) => r.stoppedEarly),
    restoredBest: true,
    seconds: runs.reduce((s, r) => s + r.seconds, 0),
  };
}

export async function trainRul(options: RulTrainingOptions): Promise<RulTrainingResult> {
  const { config, seed } = options;
  const started = performance.now();
  const splits = memberSplits(options.train, options.validation, config, seed + 29);
  // Normalisation from every training engine (never the test engines): one input scale for all members.
  const norm = fitNormalisation(config.ensemble > 1 ? [...options.train, ...options.validation] : options.train, {
    age: config.ageChannel,
    baselineCycles: config.baselineCycles,
  });
  const F = inputFeatures(norm);
  const minEnd = Math.min(config.minHistory, config.window) - 1;
  const steps = config.window / config.pool;
  const cap = config.cap;
  const models: tf.LayersModel[] = [];
  const histories: TrainingHistory[] = [];
  // Residuals (uncapped truth: the band must cover the real RUL) of each member on every cycle of its own
  // validation engines.
  const preds: number[] = [];
  const truth: number[] = [];
  let validationCuts = 0;
  try {
    for (const [m, split] of splits.entries()) {
      const train = trainingWindows(split.train.map((e) => normaliseEngine(e, norm)), F, config.window, config.cap, minEnd);
      if (train.count === 0) throw new Error(`No training windows: every training engine is shorter than the ${config.window}-cycle window`);
      const cuts = cutShort(split.validation, config.cutsPerEngine, seed + 17 + m);
      if (cuts.length === 0) throw new Error("No validation cut points: the validation engines are too short to cut like the official test");
      const val = lastWindows(cuts.map((c) => normaliseEngine(c.engine, norm)), F, config.window, cuts.map((c) => Math.min(config.cap, c.trueRul) / config.cap));
      validationCuts += cuts.length;
      const model = await trainMember(buildRulModel(config, F, seed * 101 + m), train, val, { ...options, member: m, members: splits.length, steps, F, cap });
      models.push(model.model);
      histories.push(model.history);
      for (const engine of split.validation) {
        const ends: number[] = [];
        for (let end = minEnd; end < engine.cycles; end++) ends.push(end);
        if (ends.length === 0) continue;
        const w = windowsAt(normaliseEngine(engine, norm), F, config.window, ends);
        const p = ensemblePredict([model.model], w.x, w.count, config, F);
        ends.forEach((end, i) => {
          preds.push(p[i]!);
          truth.push(engine.cycles - 1 - end);
        });
      }
    }
  } catch (error) {
    for (const model of models) model.dispose();
    throw error;
  }
  // The baselines learn from the same engines as the model: the training engines, or all of them when cross-fitting.
  const trainedOn = config.ensemble > 1 ? [...options.train, ...options.validation] : options.train;
  const baseTrain = trainingWindows(trainedOn.map((e) => normaliseEngine(e, norm)), F, config.window, config.cap, minEnd);
  const bands = fitResidualBands(preds, truth);
  // The ridge reads the sensors and the age only (see baselines.ts).
  const S = norm.sensors.length;
  const plain = norm.baselineCycles ? [...Array.from({ length: S }, (_, j) => j), ...(norm.ageScale ? [2 * S] : [])] : undefined;
  const baselines = fitRulBaselines(baseTrain, config.baselineL2, plain);
  return {
    models,
    norm,
    bands,
    baselines,
    histories,
    trainWindows: baseTrain.count,
    validationCuts,
    seconds: (performance.now() - started) / 1000,
  };
}

interface MemberContext extends RulTrainingOptions {
  member: number;
  members: number;
  steps: number;
  F: number;
  cap: number;
}

/** Trains one member on its windows: the learning-rate schedule, then early stopping, weight averaging or the last epoch. */
async function trainMember(model: tf.LayersModel, train: Windows, val: Windows, ctx: MemberContext): Promise<{ model: tf.LayersModel; history: TrainingHistory }> {
  const { config, seed, member: m, steps, F, cap } = ctx;
  const xs = tf.tensor3d(poolWindows(train.x, train.count, config.window, F, config.pool), [train.count, steps, F]);
  const ys = tf.tensor2d(train.y.map((v) => v / config.cap), [train.count, 1]);
  const vx = tf.tensor3d(poolWindows(val.x, val.count, config.window, F, config.pool), [val.count, steps, F]);
  const vy = tf.tensor2d(val.y, [val.count, 1]);
  try {
    const optimizer = tf.train.adam(config.learningRate);
    model.compile({ optimizer, loss: "meanSquaredError" });
    // Two phases: the base learning rate, then a tenth of it from `lrDecayEpoch` on (each keeps its best epoch).
    const decayAt = config.lrDecayEpoch > 1 && config.lrDecayEpoch <= config.epochs ? config.lrDecayEpoch : config.epochs + 1;
    const phases = [
      { epochs: decayAt - 1, lr: config.learningRate },
      { epochs: config.epochs - decayAt + 1, lr: config.learningRate / 10 },
    ].filter((p) => p.epochs > 0);
    const runs: TrainingHistory[] = [];
    let bestWeights: tf.Tensor[] | null = null;
    const earlyStopping = config.selection === "early-stopping";
    const averager = config.selection === "weight-averaging" ? weightAverager(model) : null;
    for (const [k, phase] of phases.entries()) {
      (optimizer as unknown as { learningRate: number }).learningRate = phase.lr;
      const label = `RUL CNN${ctx.members > 1 ? ` ${m + 1}/${ctx.members}` : ""}${k > 0 ? ` · lr ${phase.lr}` : ""}`;
      const shown = ctx.reporter === null ? undefined : (ctx.reporter?.(m) ?? createTrainingReporter({ label }));
      // Average the epochs of the last (low learning rate) phase.
      const reporter = averager && k === phases.length - 1 ? averager.reporter(shown) : shown;
      const history = await trainModel(model, {
        x: xs,
        y: ys,
        epochs: phase.epochs,
        batchSize: config.batchSize,
        seed: seed * 7919 + m * 31 + k,
        validation: { x: vx, y: vy },
        // RMSE in cycles against the capped truth of the cut validation engines.
        validationMetrics: {
          rmse: (t, p) => {
            let se = 0;
            for (let i = 0; i < t.length; i++) se += (p[i]! - t[i]!) * (p[i]! - t[i]!);
            return Math.sqrt(se / t.length) * cap;
          },
        },
        ...(earlyStopping ? { earlyStopping: { monitor: "val_rmse", patience: config.patience, restoreBest: true } } : {}),
        ...(reporter ? { progress: reporter } : {}),
        ...(ctx.signal ? { signal: ctx.signal } : {}),
      });
      const previousBest = runs.length ? Math.min(...runs.map((r) => r.bestValue)) : Number.POSITIVE_INFINITY;
      if (earlyStopping && history.bestValue < previousBest) {
        tf.dispose(bestWeights ?? []);
        bestWeights = model.getWeights().map((w) => w.clone());
      }
      runs.push(history);
    }
    // Early stopping: the best epoch of either phase wins. Weight averaging: the average. Last: as trained.
    if (bestWeights) {
      model.setWeights(bestWeights);
      tf.dispose(bestWeights);
    }
    averager?.apply();
    const merged = mergeHistories(runs);
    const lastRmse = merged.history.val_rmse?.at(-1) ?? Number.NaN;
    return { model, history: earlyStopping ? merged : { ...merged, bestEpoch: merged.epochs.length, bestValue: lastRmse, restoredBest: false } };
  } catch (error) {
    model.dispose();
    throw error;
  } finally {
    tf.dispose([xs, ys, vx, vy]);
  }
}
