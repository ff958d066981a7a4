// Trains the whole scorer on the training rows by cross-fitting: the rows are dealt into k folds; for each
// fold a network (and a logistic regression) is trained on the other folds and scores the fold it never saw.
// Those out-of-fold scores, one per training row, choose the network/baseline blend, fit the calibration and
// the cost-based alert threshold, so every row trains and every row validates, never both for one model.
// The scorer averages the k networks; the baseline used for scoring is refitted on all training rows.
import {
  applyPlatt,
  averagePrecision,
  createRng,
  createTrainingReporter,
  fitPlatt,
  tf,
  trainModel,
  type PlattParams,
  type TrainingReporter,
} from "@verticals/core";
import { baselineLogOdds, fitBaselineRegression, type BaselineModel } from "./baseline";
import type { TransactionColumns } from "./columns";
import { choosePolicy, type Costs, type OperatingPolicy } from "./decisions";
import { decideTimeOfDay, featureMatrix, fitFeatureSpec, type FeatureSpec, type TimeOfDayDecision } from "./features";
import { assembleScorer, buildMember, DEFAULT_HYPERPARAMETERS, foldBaseline, networkLogits, type NetworkHyperparameters } from "./model";
import { stratifiedFolds } from "./split";

export interface LabelledRows {
  data: TransactionColumns;
  /** 1 = fraud. */
  labels: Uint8Array;
}

export interface TrainFraudOptions {
  seed: number;
  costs: Costs;
  blockProbability: number;
  hyperparameters?: Partial<NetworkHyperparameters>;
  signal?: AbortSignal;
  /** Progress per network; default: a terminal reporter on stderr. Pass `null` for silence (tests). */
  reporter?: ((label: string) => TrainingReporter) | null;
}

export interface MemberSummary {
  fold: number;
  seed: number;
  epochs: number;
  bestEpoch: number;
  /** AUPRC on the fold the network did not train on, at its best epoch. */
  bestFoldAuprc: number;
  seconds: number;
}

export interface TrainedFraudModel {
  spec: FeatureSpec;
  timeOfDay: TimeOfDayDecision;
  /** Standardised features -> calibrated log-odds of fraud (see model.ts). */
  scorer: tf.LayersModel;
  baseline: BaselineModel;
  hyperparameters: NetworkHyperparameters;
  networkWeight: number;
  platt: PlattParams;
  policy: OperatingPolicy;
  baselinePolicy: OperatingPolicy;
  members: MemberSummary[];
  /** Out-of-fold AUPRC of each blend weight tried. */
  blendSearch: Array<{ networkWeight: number; auprc: number }>;
  /** Out-of-fold calibrated probabilities of the training rows (model and baseline), for reports. */
  outOfFold: { labels: Uint8Array; model: Float64Array; baseline: Float64Array };
  rows: { train: number; frauds: number };
  trainSeconds: number;
}

/** A live bar on a terminal; in logs (CI, tests) only each network's first and last line. */
function defaultReporter(label: string): TrainingReporter {
  const inner = createTrainingReporter({ label });
  if (process.stderr.isTTY) return inner;
  return { start: (info) => inner.start(info), batch: () => undefined, epoch: () => undefined, end: (info) => inner.end(info) };
}

export function resolveBatchSize(hp: NetworkHyperparameters, rows: number): number {
  if (hp.batchSize !== "auto") return hp.batchSize;
  return rows <= 4096 ? 256 : 1024;
}

export function resolveEpochs(hp: NetworkHyperparameters, rows: number): number {
  return Math.max(hp.minEpochs, Math.min(hp.maxEpochs, Math.round(hp.examples / rows)));
}

/** Row indices in / out of one fold. */
function foldIndices(folds: Uint8Array, fold: number): { inside: Int32Array; outside: Int32Array } {
  const inside: number[] = [];
  const outside: number[] = [];
  folds.forEach((f, i) => (f === fold ? inside : outside).push(i));
  return { inside: Int32Array.from(inside), outside: Int32Array.from(outside) };
}

function gatherRows(matrix: Float32Array, width: number, indices: Int32Array): Float32Array {
  const out = new Float32Array(indices.length * width);
  indices.forEach((row, i) => out.set(matrix.subarray(row * width, row * width + width), i * width));
  return out;
}

function gatherLabels(labels: Uint8Array, indices: Int32Array): Uint8Array {
  return Uint8Array.from(indices, (i) => labels[i]!);
}

export async function trainFraudModel(train: LabelledRows, options: TrainFraudOptions): Promise<TrainedFraudModel> {
  const started = performance.now();
  const hp: NetworkHyperparameters = { ...DEFAULT_HYPERPARAMETERS, ...options.hyperparameters };
  const labels = train.labels;
  const rows = labels.length;
  const frauds = labels.reduce((sum, v) => sum + v, 0);
  if (frauds < hp.folds || rows - frauds < hp.folds) {
    throw new Error(`training rows hold ${frauds} frauds and ${rows - frauds} legitimate transactions: need at least ${hp.folds} of each (one per fold)`);
  }

  const timeOfDay = decideTimeOfDay(train.data.columns.Time, labels);
  const spec = fitFeatureSpec(train.data, labels, timeOfDay.used);
  const width = spec.names.length;
  const matrix = featureMatrix(train.data, spec);
  const folds = stratifiedFolds(labels, hp.folds, options.seed);
  const rowsPerNetwork = Math.round((rows * (hp.folds - 1)) / hp.folds);
  const batchSize = resolveBatchSize(hp, rowsPerNetwork);
  const epochs = resolveEpochs(hp, rowsPerNetwork);
  const rng = createRng(options.seed);
  const reporter = options.reporter === undefined ? defaultReporter : options.reporter;

  const networkOutOfFold = new Float64Array(rows);
  const baselineOutOfFold = new Float64Array(rows);
  const members: tf.LayersModel[] = [];
  const summaries: MemberSummary[] = [];
  try {
    for (let fold = 0; fold < hp.folds; fold++) {
      const { inside, outside } = foldIndices(folds, fold);
      const fitLabels = gatherLabels(labels, outside);
      const heldLabels = gatherLabels(labels, inside);
      const fitMatrix = gatherRows(matrix, width, outside);
      const heldMatrix = gatherRows(matrix, width, inside);

      const regression = fitBaselineRegression(spec, fitMatrix, fitLabels);
      baselineLogOdds(regression, spec, heldMatrix).forEach((v, i) => (baselineOutOfFold[inside[i]!] = v));

      const fitFrauds = fitLabels.reduce((sum, v) => sum + v, 0);
      const ratio = (fitLabels.length - fitFrauds) / fitFrauds;
      const fraudWeight = hp.fraudWeight === "balanced" ? ratio : hp.fraudWeight === "sqrt" ? Math.sqrt(ratio) : hp.fraudWeight;
      const [x, y, heldX, heldY] = [
        tf.tensor2d(fitMatrix, [fitLabels.length, width]),
        tf.tensor2d(Float32Array.from(fitLabels), [fitLabels.length, 1]),
        tf.tensor2d(heldMatrix, [heldLabels.length, width]),
        tf.tensor2d(Float32Array.from(heldLabels), [heldLabels.length, 1]),
      ];
      try {
        const seed = rng.nextUint32();
        const member = buildMember(width, hp, seed, `member${fold}`);
        members.push(member);
        const history = await trainModel(member, {
          x,
          y,
          validation: { x: heldX, y: heldY },
          epochs,
          batchSize,
          seed,
          classWeight: { 0: 1, 1: fraudWeight },
          ...(hp.patience === null ? {} : { earlyStopping: { monitor: "val_auprc", patience: hp.patience, restoreBest: true } }),
          validationMetrics: { auprc: (yTrue, yPred) => averagePrecision(yTrue, yPred) },
          progress: reporter?.(`network ${fold + 1}/${hp.folds}`),
          signal: options.signal,
        });
        networkLogits([member], heldX).forEach((v, i) => (networkOutOfFold[inside[i]!] = v));
        summaries.push({ fold, seed, epochs: history.epochs.length, bestEpoch: history.bestEpoch, bestFoldAuprc: history.bestValue, seconds: history.seconds });
      } finally {
        tf.dispose([x, y, heldX, heldY]);
      }
    }

    const blendSearch = hp.blendCandidates.map((networkWeight) => {
      const blended = networkOutOfFold.map((v, i) => networkWeight * v + (1 - networkWeight) * baselineOutOfFold[i]!);
      return { networkWeight, auprc: averagePrecision(labels, blended) };
    });
    // Highest out-of-fold AUPRC; ties go to the larger network share (candidates are tried in order).
    const best = blendSearch.reduce((a, b) => (b.auprc > a.auprc + 1e-12 ? b : a));
    const blended = networkOutOfFold.map((v, i) => best.networkWeight * v + (1 - best.networkWeight) * baselineOutOfFold[i]!);
    const platt = fitPlatt(blended, labels);
    const baseline: BaselineModel = {
      kind: "logistic-regression",
      regression: fitBaselineRegression(spec, matrix, labels),
      platt: fitPlatt(baselineOutOfFold, labels),
    };
    const scorer = assembleScorer(width, {
      members,
      baseline: foldBaseline(baseline.regression, spec.baselineColumns, width),
      networkWeight: best.networkWeight,
      platt,
    });

    const modelProbabilities = applyPlatt(platt, blended);
    const baselineProbabilities = applyPlatt(baseline.platt, baselineOutOfFold);
    const { policy } = choosePolicy(labels, modelProbabilities, options.costs, options.blockProbability);
    const { policy: baselinePolicy } = choosePolicy(labels, baselineProbabilities, options.costs, options.blockProbability);
    return {
      spec,
      timeOfDay,
      scorer,
      baseline,
      hyperparameters: { ...hp, batchSize, maxEpochs: epochs },
      networkWeight: best.networkWeight,
      platt,
      policy,
      baselinePolicy,
      members: summaries,
      blendSearch,
      outOfFold: { labels, model: modelProbabilities, baseline: baselineProbabilities },
      rows: { train: rows, frauds },
      trainSeconds: (performance.now() - started) / 1000,
    };
  } finally {
    for (const member of members) member.dispose();
  }
}
