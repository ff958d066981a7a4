// The saved model: tfjs network + model card (core's atomic artifact) and the files the app needs at run
// time: the operating point, the baseline, the fingerprint it was trained from, and the held-out scores the
// performance page draws.
import { parseCalibrator, type ModelCard, loadModelArtifact, saveModelArtifact, tf, type LogisticRegressionModel } from "@verticals/core";
import { z } from "zod";
import type { Fingerprint } from "./fingerprint";
import type { OperatingPoint } from "./operating-point";
import type { ModelReport } from "./report";
import type { SavedHead } from "./transfer-head";

export const MODEL_DIR_NAME = "model";
const OPERATING_POINT_FILE = "operating-point.json";
const FINGERPRINT_FILE = "fingerprint.json";
const EVALUATION_FILE = "evaluation.json";
const BASELINE_FILE = "baseline.json";
const TRANSFER_FILE = "transfer.json";
const TRANSFER_HEAD_FILE = "transfer-head.json";

/** What the artifact records about the pretrained backbone: the transfer model and ensemble, or why there are none. */
export type TransferSummary =
  | { status: "unavailable"; model: string; reason: string }
  | {
      status: "ready";
      model: string;
      modelKey: string;
      headPoint: OperatingPoint;
      ensemblePoint: OperatingPoint;
      ensembleOffered: boolean;
      ensembleMethod: string;
      valAuc: { transfer: number; ensemble: number; cnn: number };
      embedSeconds: number;
      trainSeconds: number;
      bestEpoch: number;
      epochsRun: number;
    };

/** What the performance page and the seed need: scores on the report split, with labels. */
export interface HeldOutEvaluation {
  split: "test" | "val";
  note?: string;
  labels: number[];
  /** Calibrated probabilities (out-of-fold when split is val). */
  cnn: number[];
  baseline: number[];
  /** The transfer model's and the ensemble's calibrated probabilities, when the backbone was available. */
  transfer?: number[];
  ensemble?: number[];
  reports: Record<string, ModelReport>;
  history: Array<{ epoch: number; loss: number; valLoss: number; valAuc: number; learningRate: number; seconds: number }>;
}

export interface TriageArtifact {
  model: tf.LayersModel;
  card: ModelCard;
  operatingPoint: OperatingPoint;
  fingerprint: Fingerprint;
  evaluation: HeldOutEvaluation;
  baseline: { model: LogisticRegressionModel; point: OperatingPoint };
  transfer: TransferSummary;
  /** The saved transfer head (transfer-head.ts), when there is one. */
  transferHead?: SavedHead;
}

const pointSchema = z.object({
  calibrator: z.unknown(),
  threshold: z.number(),
  targetSensitivity: z.number(),
  fittedSensitivity: z.number(),
  fittedSpecificity: z.number(),
});

export function modelVersion(fingerprint: Fingerprint): string {
  return `triage-cnn@${fingerprint.hash.slice(0, 12)}`;
}

export async function saveTriageArtifact(dir: string, artifact: TriageArtifact, signal?: AbortSignal): Promise<void> {
  await saveModelArtifact(
    dir,
    {
      model: artifact.model,
      card: artifact.card,
      files: {
        [OPERATING_POINT_FILE]: JSON.stringify(artifact.operatingPoint, null, 2),
        [FINGERPRINT_FILE]: JSON.stringify(artifact.fingerprint, null, 2),
        [EVALUATION_FILE]: JSON.stringify(artifact.evaluation),
        [BASELINE_FILE]: JSON.stringify(artifact.baseline),
        [TRANSFER_FILE]: JSON.stringify(artifact.transfer),
        ...(artifact.transferHead ? { [TRANSFER_HEAD_FILE]: JSON.stringify(artifact.transferHead) } : {}),
      },
    },
    { signal },
  );
}

/** Reads only the fingerprint (cheap): is the saved model up to date? */
export async function savedFingerprint(dir: string): Promise<Fingerprint | undefined> {
  try {
    const { files } = await loadModelArtifact(dir, { loadModel: false });
    const raw = files[FINGERPRINT_FILE];
    return raw ? (JSON.parse(Buffer.from(raw).toString("utf8")) as Fingerprint) : undefined;
  } catch {
    return undefined;
  }
}

export async function loadTriageArtifact(dir: string, options: { loadModel?: boolean } = {}): Promise<Omit<TriageArtifact, "model"> & { model?: tf.LayersModel }> {
  const loaded = await loadModelArtifact(dir, { loadModel: options.loadModel ?? true });
  const read = (name: string): unknown => {
    const raw = loaded.files[name];
    if (!raw) throw new Error(`${dir}/${name}: missing from the model artifact (retrain with \`pnpm verticals train triage\`)`);
    return JSON.parse(Buffer.from(raw).toString("utf8"));
  };
  const parsePoint = (value: unknown, source: string): OperatingPoint => {
    const point = pointSchema.parse(value);
    return { ...point, calibrator: parseCalibrator(point.calibrator, `${source} calibrator`) };
  };
  const baseline = read(BASELINE_FILE) as { model: LogisticRegressionModel; point: unknown };
  const transfer = parseTransfer(loaded.files[TRANSFER_FILE] ? read(TRANSFER_FILE) : undefined, `${dir}/${TRANSFER_FILE}`, parsePoint);
  const head = loaded.files[TRANSFER_HEAD_FILE] ? read(TRANSFER_HEAD_FILE) : undefined;
  return {
    ...(loaded.model ? { model: loaded.model } : {}),
    card: loaded.card,
    operatingPoint: parsePoint(read(OPERATING_POINT_FILE), `${dir}/${OPERATING_POINT_FILE}`),
    fingerprint: read(FINGERPRINT_FILE) as Fingerprint,
    evaluation: read(EVALUATION_FILE) as HeldOutEvaluation,
    baseline: { model: baseline.model, point: parsePoint(baseline.point, `${dir}/${BASELINE_FILE}`) },
    transfer,
    ...(head ? { transferHead: head as SavedHead } : {}),
  };
}

/** What the dashboard shows about the backbone (no calibrators): stored with the run's curves. */
export type PretrainedInfo =
  | { status: "unavailable"; model: string; reason: string }
  | { status: "ready"; model: string; modelKey: string; ensembleOffered: boolean; ensembleMethod: string; valAuc: { transfer: number; ensemble: number; cnn: number }; embedSeconds: number; trainSeconds: number };

export function pretrainedInfo(summary: TransferSummary): PretrainedInfo {
  if (summary.status !== "ready") return summary;
  const { model, modelKey, ensembleOffered, ensembleMethod, valAuc, embedSeconds, trainSeconds } = summary;
  return { status: "ready", model, modelKey, ensembleOffered, ensembleMethod, valAuc, embedSeconds, trainSeconds };
}

/** An artifact saved before transfer learning existed reads as "unavailable" (retraining adds it). */
function parseTransfer(raw: unknown, where: string, parsePoint: (value: unknown, source: string) => OperatingPoint): TransferSummary {
  if (raw === undefined) return { status: "unavailable", model: "mobilenet_v2_1.0_224-int8", reason: `${where} is missing: the model was trained before transfer learning was added` };
  const value = raw as TransferSummary;
  if (value.status === "ready") return { ...value, headPoint: parsePoint(value.headPoint, `${where} headPoint`), ensemblePoint: parsePoint(value.ensemblePoint, `${where} ensemblePoint`) };
  if (value.status === "unavailable" && typeof value.reason === "string") return value;
  throw new Error(`${where}: expected status "ready" or "unavailable"`);
}
