// Transfer learning beside the CNN: frozen MobileNetV2 embeddings of every image (cached), a small head
// trained on train and early-stopped on val, Platt-calibrated with a sensitivity-targeted threshold on val,
// and a calibrated ensemble with the CNN. When the backbone is absent the outcome says why and nothing else
// changes: the CNN and the baseline are reported exactly as without this step.
import type { TrainingReporter } from "@verticals/core";
import { rocAuc } from "@verticals/core";
import type { TriageDataset } from "./dataset";
import { embedPixelSets, resolveEmbedder, type EmbedderSource } from "./embeddings";
import { ensembleScores, ENSEMBLE_METHOD } from "./ensemble";
import { fitOperatingPoint, type OperatingPoint } from "./operating-point";
import { DEFAULT_HEAD, headLogits, trainHead, type HeadConfig, type TrainedHead } from "./transfer-head";

export interface TransferUnavailable {
  status: "unavailable";
  /** Registry id of the backbone that was looked for. */
  model: string;
  /** Why it could not be used, with how to get it (from @verticals/pretrained). */
  reason: string;
}

export interface TransferReady {
  status: "ready";
  model: string;
  modelKey: string;
  head: TrainedHead;
  headConfig: HeadConfig;
  headPoint: OperatingPoint;
  ensemblePoint: OperatingPoint;
  /** Head logits and ensemble scores on val (calibration and threshold are fitted there). */
  valScores: { transfer: Float32Array; ensemble: Float64Array };
  /** The same on test when the file has one. */
  testScores?: { transfer: Float32Array; ensemble: Float64Array };
  /** Val ROC-AUC of the ensemble and of the CNN: the ensemble is offered only when it is higher. */
  valAuc: { transfer: number; ensemble: number; cnn: number };
  ensembleOffered: boolean;
  ensembleMethod: string;
  /** Embedding vectors per split (row-major, dim wide), kept for the similar-case library. */
  vectors: { train: Float32Array; val: Float32Array; test?: Float32Array; dim: number };
  embedSeconds: number;
  /** Images embedded now / answered from the cache. */
  embedded: number;
  cacheHits: number;
  /** Head training, calibration and ensemble fitting. */
  trainSeconds: number;
}

export type TransferOutcome = TransferReady | TransferUnavailable;

export interface TransferInputs {
  data: TriageDataset;
  /** The CNN's raw logits on val (and test) and its operating point, for the ensemble. */
  cnn: { valScores: ArrayLike<number>; testScores?: ArrayLike<number>; point: OperatingPoint };
  targetSensitivity: number;
  seed: number;
  artifactsDir: string;
}

export interface TransferOptions extends EmbedderSource {
  signal?: AbortSignal;
  progress?: TrainingReporter;
  log?: (message: string) => void;
  head?: HeadConfig;
  /** No progress lines (tests). */
  quiet?: boolean;
}

export async function fitTransfer(inputs: TransferInputs, options: TransferOptions = {}): Promise<TransferOutcome> {
  const resolved = await resolveEmbedder(options);
  if (!resolved.available) {
    options.log?.(`transfer learning skipped: ${resolved.reason}`);
    return { status: "unavailable", model: resolved.model, reason: resolved.reason };
  }
  const { embedder } = resolved;
  const { data } = inputs;
  const embedded = await embedPixelSets(embedder, [data.train.pixels, data.val.pixels, ...(data.test ? [data.test.pixels] : [])], {
    artifactsDir: inputs.artifactsDir,
    label: `embedding ${data.train.count + data.val.count + (data.test?.count ?? 0)} images (${embedder.modelId})`,
    ...(options.quiet ? { quiet: true } : {}),
  });
  options.log?.(`embeddings: ${embedded.embedded} computed, ${embedded.hits} from the cache, ${embedded.seconds.toFixed(1)} s`);
  const [train, val, test] = embedded.sets;
  const dim = embedder.dim;

  const started = performance.now();
  const headConfig = options.head ?? DEFAULT_HEAD;
  const head = await trainHead(
    { vectors: train!.vectors, labels: data.train.labels },
    { vectors: val!.vectors, labels: data.val.labels },
    dim,
    headConfig,
    inputs.seed,
    { ...(options.signal ? { signal: options.signal } : {}), ...(options.progress ? { progress: options.progress } : {}) },
  );
  const transferVal = headLogits(head, val!.vectors);
  const headPoint = fitOperatingPoint(transferVal, data.val.labels, inputs.targetSensitivity);
  const ensembleVal = ensembleScores([inputs.cnn.point, headPoint], [inputs.cnn.valScores, transferVal]);
  const ensemblePoint = fitOperatingPoint(ensembleVal, data.val.labels, inputs.targetSensitivity);
  let testScores: TransferReady["testScores"];
  if (test && inputs.cnn.testScores) {
    const transferTest = headLogits(head, test.vectors);
    testScores = { transfer: transferTest, ensemble: ensembleScores([inputs.cnn.point, headPoint], [inputs.cnn.testScores, transferTest]) };
  }
  const valAuc = { transfer: rocAuc(data.val.labels, transferVal), ensemble: rocAuc(data.val.labels, ensembleVal), cnn: rocAuc(data.val.labels, inputs.cnn.valScores) };
  return {
    status: "ready",
    model: resolved.model,
    modelKey: embedder.modelKey,
    head,
    headConfig,
    headPoint,
    ensemblePoint,
    valScores: { transfer: transferVal, ensemble: ensembleVal },
    ...(testScores ? { testScores } : {}),
    valAuc,
    ensembleOffered: valAuc.ensemble > valAuc.cnn,
    ensembleMethod: ENSEMBLE_METHOD,
    vectors: { train: train!.vectors, val: val!.vectors, ...(test ? { test: test.vectors } : {}), dim },
    embedSeconds: embedded.seconds,
    embedded: embedded.embedded,
    cacheHits: embedded.hits,
    trainSeconds: (performance.now() - started) / 1000,
  };
}
