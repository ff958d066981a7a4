// The global forecasting network (tfjs): one multilayer perceptron for every item x store series and every day
// ahead. Its first output is the log of expected units as log(level) + f(features): the series' level enters as a
// fixed offset, so the network learns relative effects (weekday, season, event) shared across slow and fast
// sellers. Its second output is the log of a negative-binomial dispersion for that row, so the spread of a
// forecast follows the situation (a lumpy item before a holiday) rather than one number per series. Trained on
// the negative-binomial likelihood of the counts: zeros are expected, not noise.
import { createTrainingReporter, seedModelWeights, tf, trainModel, type TrainingReporter } from "@verticals/core";

const { cos, PI } = Math;

export interface NetworkConfig {
  hidden: number[];
  epochs: number;
  batchSize: number;
  learningRate: number;
  seed: number;
}

const { log: mathLog } = Math;
const LOG_ALPHA_RANGE = [-8, 4] as const;

/** Inputs: encoded features [dim] and log(level) [1]; outputs [log expected units, log dispersion]. */
export function buildNetwork(dim: number, config: NetworkConfig): tf.LayersModel {
  const features = tf.input({ shape: [dim], name: "features" });
  const logLevel = tf.input({ shape: [1], name: "log_level" });
  let x: tf.SymbolicTensor = features;
  config.hidden.forEach((units, k) => {
    x = tf.layers.dense({ units, activation: "relu", kernelInitializer: "heNormal", name: `hidden_${k + 1}` }).apply(x) as tf.SymbolicTensor;
  });
  const relative = tf.layers.dense({ units: 1, kernelInitializer: "glorotNormal", biasInitializer: "zeros", name: "log_relative" }).apply(x) as tf.SymbolicTensor;
  const logMean = tf.layers.add({ name: "log_mean" }).apply([relative, logLevel]) as tf.SymbolicTensor;
  const logAlpha = tf.layers.dense({ units: 1, kernelInitializer: "glorotNormal", biasInitializer: "zeros", name: "log_dispersion" }).apply(x) as tf.SymbolicTensor;
  const output = tf.layers.concatenate({ name: "outputs" }).apply([logMean, logAlpha]) as tf.SymbolicTensor;
  const model = tf.model({ inputs: [features, logLevel], outputs: output, name: "demand_mlp" });
  seedModelWeights(model, config.seed);
  return model;
}

/** log Γ(x) for x > 0 from tf ops (tfjs has none): shift by 6, then Stirling's series. Differentiable. */
function logGammaTensor(x: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const z = tf.add(x, 6);
    const product = tf.mul(tf.mul(tf.mul(x, tf.add(x, 1)), tf.mul(tf.add(x, 2), tf.add(x, 3))), tf.mul(tf.add(x, 4), tf.add(x, 5)));
    const inverse = tf.reciprocal(z);
    const inverse2 = tf.square(inverse);
    const series = tf.mul(inverse, tf.sub(1 / 12, tf.mul(inverse2, tf.sub(1 / 360, tf.mul(inverse2, 1 / 1260)))));
    const stirling = tf.add(tf.add(tf.sub(tf.mul(tf.sub(z, 0.5), tf.log(z)), z), 0.5 * mathLog(2 * Math.PI)), series);
    return tf.sub(stirling, tf.log(product));
  });
}

/**
 * Negative-binomial negative log-likelihood (without the log y! constant), mean over rows. yPred holds
 * [log mean, log alpha]; variance = mean + alpha * mean^2. yTrue holds [units, unused] (tfjs wants targets
 * shaped like the outputs).
 */
export function negBinLoss(yTrue: tf.Tensor, yPred: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    const y = tf.reshape(tf.slice(yTrue, [0, 0], [-1, 1]), [-1]);
    const eta = tf.reshape(tf.slice(yPred, [0, 0], [-1, 1]), [-1]);
    const logAlpha = tf.clipByValue(tf.reshape(tf.slice(yPred, [0, 1], [-1, 1]), [-1]), LOG_ALPHA_RANGE[0], LOG_ALPHA_RANGE[1]);
    const r = tf.exp(tf.neg(logAlpha));
    const logRPlusMu = tf.log(tf.add(r, tf.exp(eta)));
    const nll = tf.sub(
      tf.sub(tf.sub(logGammaTensor(r), logGammaTensor(tf.add(y, r))), tf.mul(r, tf.sub(tf.neg(logAlpha), logRPlusMu))),
      tf.mul(y, tf.sub(eta, logRPlusMu)),
    );
    return tf.mean(nll) as tf.Scalar;
  });
}

/** Cosine decay of the learning rate over the run (to 5% of the start), applied between batches. */
function withCosineSchedule(reporter: TrainingReporter | undefined, optimizer: tf.Optimizer, base: number, batchesPerEpoch: () => number, epochs: number): TrainingReporter {
  const setRate = (step: number, total: number) => {
    (optimizer as unknown as { learningRate: number }).learningRate = base * (0.05 + 0.95 * 0.5 * (1 + cos((PI * step) / total)));
  };
  return {
    start(info) {
      setRate(0, 1);
      reporter?.start(info);
    },
    batch(info) {
      const total = epochs * batchesPerEpoch();
      setRate((info.epoch - 1) * batchesPerEpoch() + info.batch, total);
      reporter?.batch(info);
    },
    epoch(log) {
      reporter?.epoch(log);
    },
    end(info) {
      reporter?.end(info);
    },
  };
}

/** Units as a [rows, 2] target (second column unused), the shape of the network's output. */
function targets(units: Float32Array): tf.Tensor2D {
  const both = new Float32Array(units.length * 2);
  for (let i = 0; i < units.length; i++) both[2 * i] = units[i]!;
  return tf.tensor2d(both, [units.length, 2]);
}

export interface TrainNetworkInput {
  x: Float32Array;
  logLevel: Float32Array;
  target: Float32Array;
  dim: number;
  validation?: { x: Float32Array; logLevel: Float32Array; target: Float32Array };
}

export interface TrainNetworkOptions {
  signal?: AbortSignal;
  /** Progress output; defaults to core's terminal reporter on stderr. */
  reporter?: TrainingReporter | null;
  label?: string;
}

export async function trainNetwork(input: TrainNetworkInput, config: NetworkConfig, options: TrainNetworkOptions = {}): Promise<{ model: tf.LayersModel; epochs: { epoch: number; loss: number; valLoss?: number }[] }> {
  const rows = input.target.length;
  const model = buildNetwork(input.dim, config);
  const optimizer = tf.train.adam(config.learningRate);
  model.compile({ optimizer, loss: negBinLoss });
  const reporter = options.reporter === null ? undefined : (options.reporter ?? createTrainingReporter({ label: options.label ?? "demand network", stream: process.stderr }));
  const batchesPerEpoch = Math.ceil(rows / config.batchSize);
  const tensors: tf.Tensor[] = [];
  const keep = <T extends tf.Tensor>(t: T): T => {
    tensors.push(t);
    return t;
  };
  try {
    const x = keep(tf.tensor2d(input.x, [rows, input.dim]));
    const level = keep(tf.tensor2d(input.logLevel, [rows, 1]));
    const y = keep(targets(input.target));
    const validation = input.validation
      ? {
          x: [keep(tf.tensor2d(input.validation.x, [input.validation.target.length, input.dim])), keep(tf.tensor2d(input.validation.logLevel, [input.validation.target.length, 1]))],
          y: keep(targets(input.validation.target)),
        }
      : undefined;
    const history = await trainModel(model, {
      x: [x, level],
      y,
      ...(validation ? { validation } : {}),
      epochs: config.epochs,
      batchSize: config.batchSize,
      seed: config.seed,
      progress: withCosineSchedule(reporter, optimizer, config.learningRate, () => batchesPerEpoch, config.epochs),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const epochs = history.epochs.map((log) => ({ epoch: log.epoch, loss: log.loss, ...(log.validation?.loss !== undefined ? { valLoss: log.validation.loss } : {}) }));
    return { model, epochs };
  } catch (error) {
    model.dispose();
    throw error;
  } finally {
    tf.dispose(tensors);
  }
}

/** Log expected units and NB dispersion for encoded rows. */
export function predictNetwork(model: tf.LayersModel, x: Float32Array, logLevel: Float32Array, dim: number): { logMean: Float32Array; alpha: Float32Array } {
  const rows = logLevel.length;
  if (rows === 0) return { logMean: new Float32Array(0), alpha: new Float32Array(0) };
  const out = tf.tidy(() => {
    const predicted = model.predict([tf.tensor2d(x, [rows, dim]), tf.tensor2d(logLevel, [rows, 1])], { batchSize: 8192 }) as tf.Tensor;
    return predicted.dataSync() as Float32Array;
  });
  const logMean = new Float32Array(rows);
  const alpha = new Float32Array(rows);
  const { exp, max, min } = Math;
  for (let i = 0; i < rows; i++) {
    logMean[i] = out[2 * i]!;
    alpha[i] = exp(min(LOG_ALPHA_RANGE[1], max(LOG_ALPHA_RANGE[0], out[2 * i + 1]!)));
  }
  return { logMean, alpha };
}
