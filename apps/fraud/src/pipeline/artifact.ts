// The saved model: one directory written atomically by @verticals/core (a failed save leaves the old one).
//   card.json        model card (metrics vs baseline, data provenance, backend, threshold, fingerprint)
//   model.json       the scorer graph (features -> calibrated log-odds) + weights.bin
//   features.json    the fitted FeatureSpec
//   baseline.json    the logistic-regression baseline and its calibration
//   policy.json      alert and block thresholds with the costs that chose them
//   evaluation.json  test-set report the dashboard draws (curves, threshold table, distribution)
//   holdout.json     the test rows themselves: scored by `seed`, streamed by the dashboard's replay
import { initBackend, loadModelArtifact, parseCalibrator, saveModelArtifact, type ModelCard } from "@verticals/core";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { BaselineModel } from "./baseline";
import { INPUT_FIELDS, type InputField, type TransactionColumns } from "./columns";
import type { OperatingPolicy } from "./decisions";
import type { EvaluationReport } from "./evaluate";
import type { FeatureSpec } from "./features";
import type { FraudModel } from "./score";

export const MODEL_DIR_NAME = "model";
export const modelDir = (artifactsDir: string) => path.join(artifactsDir, MODEL_DIR_NAME);

/** Held-back labelled rows, column-major: what seed and replay feed through the scorer. */
export interface Holdout {
  fields: InputField[];
  columns: number[][];
  labels: number[];
}

export function holdoutFrom(data: TransactionColumns, labels: Uint8Array): Holdout {
  return { fields: [...INPUT_FIELDS], columns: INPUT_FIELDS.map((field) => Array.from(data.columns[field])), labels: Array.from(labels) };
}

export function holdoutColumns(holdout: Holdout, start = 0, end = holdout.labels.length): { data: TransactionColumns; labels: Uint8Array } {
  const columns = {} as Record<InputField, Float64Array>;
  holdout.fields.forEach((field, j) => (columns[field] = Float64Array.from(holdout.columns[j]!.slice(start, end))));
  return { data: { rows: Math.max(0, Math.min(end, holdout.labels.length) - start), columns }, labels: Uint8Array.from(holdout.labels.slice(start, end)) };
}

export interface FraudArtifact {
  model: FraudModel;
  card: ModelCard;
  evaluation: EvaluationReport;
  holdout: Holdout;
}

export async function saveFraudArtifact(
  artifactsDir: string,
  input: { model: FraudModel & { card: ModelCard }; evaluation: EvaluationReport; holdout: Holdout },
  signal?: AbortSignal,
): Promise<string> {
  const json = (value: unknown) => `${JSON.stringify(value)}\n`;
  const saved = await saveModelArtifact(
    modelDir(artifactsDir),
    {
      model: input.model.scorer,
      card: input.model.card,
      files: {
        "features.json": json(input.model.spec),
        "baseline.json": json(input.model.baseline),
        "policy.json": json(input.model.policy),
        "evaluation.json": json(input.evaluation),
        "holdout.json": json(input.holdout),
      },
    },
    { signal },
  );
  return saved.dir;
}

/** The card alone (cheap: no weights), or null when nothing was saved yet. */
export async function readSavedCard(artifactsDir: string): Promise<ModelCard | null> {
  const dir = modelDir(artifactsDir);
  if (!existsSync(path.join(dir, "card.json"))) return null;
  return (await loadModelArtifact(dir, { loadModel: false })).card;
}

function parseFile<T>(files: Record<string, Uint8Array>, name: string, dir: string, check: (value: T) => string | null): T {
  const bytes = files[name];
  if (!bytes) throw new Error(`${path.join(dir, name)}: missing from the model artefact (retrain: pnpm verticals train fraud)`);
  let value: T;
  try {
    value = JSON.parse(Buffer.from(bytes).toString("utf8")) as T;
  } catch (error) {
    throw new Error(`${path.join(dir, name)}: not valid JSON (${(error as Error).message})`);
  }
  const problem = check(value);
  if (problem) throw new Error(`${path.join(dir, name)}: ${problem}`);
  return value;
}

/** Loads everything for scoring; activates the fastest tfjs backend first (weights live on it). */
export async function loadFraudArtifact(artifactsDir: string): Promise<FraudArtifact> {
  const dir = modelDir(artifactsDir);
  await initBackend();
  const loaded = await loadModelArtifact(dir);
  if (!loaded.model) throw new Error(`${dir}: the artefact holds no network (model.json)`);
  const { files, card } = loaded;
  const spec = parseFile<FeatureSpec>(files, "features.json", dir, (s) =>
    Array.isArray(s.names) && s.names.length === s.means?.length && s.names.length === s.scales?.length && s.names.length === s.legitimateMean?.length
      ? null
      : "names, means, scales and legitimateMean must be arrays of one length",
  );
  const baseline = parseFile<BaselineModel>(files, "baseline.json", dir, (b) => {
    if (b.kind !== "logistic-regression") return `kind must be "logistic-regression", got ${JSON.stringify(b.kind)}`;
    parseCalibrator({ kind: "platt", params: b.platt }, "baseline.json platt");
    return null;
  });
  const policy = parseFile<OperatingPolicy>(files, "policy.json", dir, (p) =>
    Number.isFinite(p.alertThreshold) && Number.isFinite(p.blockThreshold) ? null : "alertThreshold and blockThreshold must be numbers",
  );
  const evaluation = parseFile<EvaluationReport>(files, "evaluation.json", dir, (e) => (e.model && e.thresholds ? null : "not an evaluation report"));
  const holdout = parseFile<Holdout>(files, "holdout.json", dir, (h) =>
    Array.isArray(h.labels) && h.columns?.length === INPUT_FIELDS.length ? null : `expected ${INPUT_FIELDS.length} columns and labels`,
  );
  const model: FraudModel = { version: card.version, spec, scorer: loaded.model, baseline, policy, card };
  return { model, card, evaluation, holdout };
}

/** SHA-256 of a file, streamed (data files can be large). */
export async function sha256File(file: string): Promise<string> {
  const { createHash } = await import("node:crypto");
  return createHash("sha256").update(await readFile(file)).digest("hex");
}
