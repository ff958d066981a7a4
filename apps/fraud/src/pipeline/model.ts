// The networks. Training uses small sigmoid-output MLPs (one per cross-fitting fold); scoring uses one assembled graph,
// saved as the model artefact, that turns standardised features into a calibrated fraud log-odds:
//
//   features ─┬─ member 1 ─┐
//             ├─ member 2 ─┼─ average ─┐
//             ├─ member 3 ─┘           ├─ concat ─ dense(1) = Platt(w·network + (1−w)·baseline)
//             └─ logistic-regression ──┘
//
// Logits (not probabilities) are averaged and returned, because float32 probabilities saturate at 1 and
// would tie the most obvious frauds; the caller applies the sigmoid in float64.
import { seedModelWeights, tf, type LogisticRegressionModel, type PlattParams } from "@verticals/core";

export interface NetworkHyperparameters {
  /** Hidden layer widths. */
  hidden: number[];
  dropout: number;
  /** L2 penalty on every kernel (Keras convention: l2 · sum of squares, added to the mean loss). */
  l2: number;
  learningRate: number;
  /** Cross-fitting folds: one network per fold, trained on the other folds, all averaged when scoring. */
  folds: number;
  /** Rows seen per network: epochs = examples / training rows, within [minEpochs, maxEpochs]. */
  examples: number;
  minEpochs: number;
  maxEpochs: number;
  /** Early stopping: epochs without a better held-out AUPRC before a network stops (best weights kept); null trains for the full budget. */
  patience: number | null;
  /** Rows per gradient step; "auto": 256 up to 4,096 training rows, else 1,024 (fewer, cheaper steps on big data). */
  batchSize: number | "auto";
  /**
   * Loss weight of a fraud relative to a legitimate row: "balanced" = legitimate rows / frauds, "sqrt" = its
   * square root, or a number. Default 1 (plain likelihood): weighting frauds up shifts the probabilities,
   * which Platt scaling undoes anyway, and on the ULB rows it ranked worse on out-of-fold validation
   * (balanced < sqrt < 1, see README "Model choices"); the imbalance is handled by calibration and the
   * cost-based threshold.
   */
  fraudWeight: number | "balanced" | "sqrt";
  /** Weights of the network in the network/baseline blend tried on out-of-fold scores (1 = network only). */
  blendCandidates: number[];
}

export const DEFAULT_HYPERPARAMETERS: NetworkHyperparameters = {
  hidden: [32, 16],
  dropout: 0,
  l2: 7.5e-3,
  learningRate: 1e-3,
  folds: 5,
  examples: 150_000,
  minEpochs: 8,
  maxEpochs: 150,
  patience: null,
  batchSize: "auto",
  fraudWeight: 1,
  blendCandidates: [1, 0.75, 0.5, 0.25],
};

/** One training member: dense ReLU layers with dropout, a sigmoid output, binary cross-entropy. */
export function buildMember(inputSize: number, hp: NetworkHyperparameters, seed: number, name = "member"): tf.Sequential {
  const model = tf.sequential({ name });
  hp.hidden.forEach((units, i) => {
    model.add(
      tf.layers.dense({
        units,
        activation: "relu",
        kernelInitializer: "heNormal",
        kernelRegularizer: hp.l2 > 0 ? tf.regularizers.l2({ l2: hp.l2 }) : undefined,
        ...(i === 0 ? { inputShape: [inputSize] } : {}),
      }),
    );
    if (hp.dropout > 0) model.add(tf.layers.dropout({ rate: hp.dropout }));
  });
  model.add(tf.layers.dense({ units: 1, activation: "sigmoid", kernelRegularizer: hp.l2 > 0 ? tf.regularizers.l2({ l2: hp.l2 }) : undefined }));
  seedModelWeights(model, seed);
  model.compile({ optimizer: tf.train.adam(hp.learningRate), loss: "binaryCrossentropy" });
  return model;
}

function denseLayers(member: tf.LayersModel): tf.layers.Layer[] {
  return member.layers.filter((layer) => layer.getClassName() === "Dense");
}

/** Applies copies of the member's dense layers to `input`, the last one without its sigmoid: the member's logit. */
function memberLogit(member: tf.LayersModel, input: tf.SymbolicTensor, prefix: string): { output: tf.SymbolicTensor; copies: Array<[tf.layers.Layer, tf.layers.Layer]> } {
  const layers = denseLayers(member);
  const copies: Array<[tf.layers.Layer, tf.layers.Layer]> = [];
  let x = input;
  layers.forEach((layer, j) => {
    const config = layer.getConfig() as { units: number; activation: string };
    const last = j === layers.length - 1;
    const copy = tf.layers.dense({ units: config.units, activation: last ? "linear" : (config.activation as "relu"), name: `${prefix}_dense${j}` });
    x = copy.apply(x) as tf.SymbolicTensor;
    copies.push([layer, copy]);
  });
  return { output: x, copies };
}

function copyWeights(copies: Array<[tf.layers.Layer, tf.layers.Layer]>): void {
  for (const [from, to] of copies) to.setWeights(from.getWeights());
}

/** Average log-odds of the members, one per row. */
export function networkLogits(members: tf.LayersModel[], features: tf.Tensor2D): Float64Array {
  const inputSize = features.shape[1];
  const input = tf.input({ shape: [inputSize] });
  const heads = members.map((member, m) => memberLogit(member, input, `m${m}`));
  const output = heads.length === 1 ? heads[0]!.output : (tf.layers.average().apply(heads.map((h) => h.output)) as tf.SymbolicTensor);
  const graph = tf.model({ inputs: input, outputs: output });
  heads.forEach((head) => copyWeights(head.copies));
  const predicted = graph.predict(features, { batchSize: 8192 }) as tf.Tensor;
  const values = Float64Array.from(predicted.dataSync());
  predicted.dispose();
  graph.dispose();
  return values;
}

/** The logistic-regression baseline as one linear map of the standardised feature matrix. */
export function foldBaseline(model: LogisticRegressionModel, baselineColumns: readonly number[], inputSize: number): { kernel: number[]; bias: number } {
  const kernel = new Array<number>(inputSize).fill(0);
  let bias = model.intercept;
  baselineColumns.forEach((column, k) => {
    const weight = model.coefficients[k]! / model.scales[k]!;
    kernel[column] = weight;
    bias -= weight * model.means[k]!;
  });
  return { kernel, bias };
}

export interface ScorerParts {
  members: tf.LayersModel[];
  baseline: { kernel: number[]; bias: number };
  /** Share of the network in the blend of log-odds. */
  networkWeight: number;
  /** Calibration of the blended log-odds. */
  platt: PlattParams;
}

/** The artefact's model: standardised features -> calibrated log-odds of fraud. */
export function assembleScorer(inputSize: number, parts: ScorerParts): tf.LayersModel {
  const input = tf.input({ shape: [inputSize], name: "features" });
  const heads = parts.members.map((member, m) => memberLogit(member, input, `member${m}`));
  const network =
    heads.length === 1 ? heads[0]!.output : (tf.layers.average({ name: "network_logit" }).apply(heads.map((h) => h.output)) as tf.SymbolicTensor);
  const baselineLayer = tf.layers.dense({ units: 1, name: "baseline_logit" });
  const baseline = baselineLayer.apply(input) as tf.SymbolicTensor;
  const logits = tf.layers.concatenate({ name: "logits" }).apply([network, baseline]) as tf.SymbolicTensor;
  const calibrateLayer = tf.layers.dense({ units: 1, name: "calibrated_logit" });
  const output = calibrateLayer.apply(logits) as tf.SymbolicTensor;
  const scorer = tf.model({ inputs: input, outputs: output, name: "fraud_scorer" });
  heads.forEach((head) => copyWeights(head.copies));
  const { slope, intercept } = parts.platt;
  const w = parts.networkWeight;
  tf.tidy(() => {
    baselineLayer.setWeights([tf.tensor2d(parts.baseline.kernel, [inputSize, 1]), tf.tensor1d([parts.baseline.bias])]);
    calibrateLayer.setWeights([tf.tensor2d([slope * w, slope * (1 - w)], [2, 1]), tf.tensor1d([intercept])]);
  });
  return scorer;
}

/**
 * The scorer graph as plain tfjs ops over its own weights: the same function, without the Layers API's
 * per-layer bookkeeping. Explanations differentiate it ~50 times per alert, where that overhead dominated
 * (an alert's explanation went from ~20 ms to a few ms).
 */
export function scorerFunction(scorer: tf.LayersModel): (x: tf.Tensor2D) => tf.Tensor2D {
  const dense = (name: string) => {
    const [kernel, bias] = scorer.getLayer(name).getWeights() as [tf.Tensor2D, tf.Tensor1D];
    return { kernel, bias };
  };
  const memberNames = scorer.layers.map((layer) => layer.name).filter((name) => /^member\d+_dense\d+$/.test(name));
  const members = new Map<number, string[]>();
  for (const name of memberNames) {
    const m = Number(/^member(\d+)_/.exec(name)![1]);
    members.set(m, [...(members.get(m) ?? []), name]);
  }
  const stacks = [...members.keys()]
    .sort((a, b) => a - b)
    .map((m) =>
      members
        .get(m)!
        .sort((a, b) => Number(a.split("dense")[1]) - Number(b.split("dense")[1]))
        .map(dense),
    );
  const baseline = dense("baseline_logit");
  const calibrate = dense("calibrated_logit");
  return (x) =>
    tf.tidy(() => {
      const logits = stacks.map((layers) =>
        layers.reduce<tf.Tensor2D>((h, layer, j) => {
          const z = tf.add(tf.matMul(h, layer.kernel), layer.bias) as tf.Tensor2D;
          return j < layers.length - 1 ? tf.relu(z) : z;
        }, x),
      );
      const network = logits.length === 1 ? logits[0]! : (tf.div(tf.addN(logits), logits.length) as tf.Tensor2D);
      const linear = tf.add(tf.matMul(x, baseline.kernel), baseline.bias) as tf.Tensor2D;
      return tf.add(tf.matMul(tf.concat([network, linear], 1), calibrate.kernel), calibrate.bias) as tf.Tensor2D;
    });
}
