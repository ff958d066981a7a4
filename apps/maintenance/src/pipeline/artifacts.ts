// The two saved models under <artifacts>/models: `failure` (JSON, no tfjs) and `rul` (a tfjs CNN, extra ensemble
// members' weights, normalisation, uncertainty band, baselines). Each is written atomically by core's
// saveModelArtifact with its model card; train compares the card's fingerprint to decide whether to retrain.
import { join } from "node:path";
import { loadModelArtifact, saveModelArtifact, tf, type ModelCard } from "@verticals/core";
import { z } from "zod";
import type { RulConfig } from "./config";
import { parseFailureModel, type FailureModel } from "./failure/model";
import type { RulBaselines } from "./rul/baselines";
import { buildRulModel } from "./rul/model";
import { inputFeatures, type SensorNormalisation } from "./rul/normalise";
import { residualBandsSchema, type ResidualBands } from "./rul/uncertainty";

export const FAILURE_FILES = { model: "failure-model.json", evaluation: "evaluation.json", testRows: "test-rows.json" } as const;
export const RUL_FILES = { model: "rul-model.json", evaluation: "evaluation.json", fleet: "fleet.json", history: "history.json" } as const;

export const modelsDir = (artifactsDir: string): string => join(artifactsDir, "models");
export const failureDir = (artifactsDir: string): string => join(modelsDir(artifactsDir), "failure");
export const rulDir = (artifactsDir: string): string => join(modelsDir(artifactsDir), "rul");

const json = (value: unknown) => `${JSON.stringify(value, (_k, v: unknown) => (v instanceof Float64Array || v instanceof Float32Array || v instanceof Int32Array ? Array.from(v) : v))}\n`;
const text = (bytes: Uint8Array | undefined, what: string): unknown => {
  if (!bytes) throw new Error(`${what} is missing from the model artifact; retrain`);
  return JSON.parse(new TextDecoder().decode(bytes));
};

/** Test rows of the failure model: which file and which UDIs, so `seed` stores exactly the held-out rows. */
export interface FailureTestRows {
  file: "ai4i2020.csv" | "ai4i2020_test.csv";
  udi: number[];
}

export async function saveFailureArtifact(
  artifactsDir: string,
  input: { model: FailureModel; card: ModelCard; evaluation: unknown; testRows: FailureTestRows },
): Promise<string> {
  const dir = failureDir(artifactsDir);
  await saveModelArtifact(dir, {
    card: input.card,
    files: { [FAILURE_FILES.model]: json(input.model), [FAILURE_FILES.evaluation]: json(input.evaluation), [FAILURE_FILES.testRows]: json(input.testRows) },
  });
  return dir;
}

export interface LoadedFailureArtifact {
  model: FailureModel;
  card: ModelCard;
  evaluation: Record<string, unknown>;
  testRows: FailureTestRows;
}

export async function loadFailureArtifact(artifactsDir: string): Promise<LoadedFailureArtifact> {
  const dir = failureDir(artifactsDir);
  const loaded = await loadModelArtifact(dir, { loadModel: false });
  return {
    model: parseFailureModel(text(loaded.files[FAILURE_FILES.model], join(dir, FAILURE_FILES.model)), join(dir, FAILURE_FILES.model)),
    card: loaded.card,
    evaluation: text(loaded.files[FAILURE_FILES.evaluation], join(dir, FAILURE_FILES.evaluation)) as Record<string, unknown>,
    testRows: text(loaded.files[FAILURE_FILES.testRows], join(dir, FAILURE_FILES.testRows)) as FailureTestRows,
  };
}

/** What the RUL model needs besides its weights. */
export interface RulModelMeta {
  config: RulConfig;
  norm: SensorNormalisation;
  bands: ResidualBands;
  baselines: RulBaselines;
  members: number;
  /** Seed the member architecture was built with (weights are overwritten on load). */
  buildSeed: number;
}

export interface FleetEntry {
  unit: number;
  /** Cycles observed (the engine's readings are cycles 1..observed of its trajectory). */
  observed: number;
  trueRul: number;
  source: "cmapss-test" | "cmapss-holdout";
}

function weightsBytes(model: tf.LayersModel): Uint8Array {
  const arrays = model.getWeights().map((w) => w.dataSync() as Float32Array);
  const total = arrays.reduce((n, a) => n + a.length, 0);
  const out = new Float32Array(total);
  let offset = 0;
  for (const a of arrays) {
    out.set(a, offset);
    offset += a.length;
  }
  return new Uint8Array(out.buffer);
}

function setWeightsFrom(model: tf.LayersModel, bytes: Uint8Array, source: string): void {
  const values = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const shapes = model.getWeights().map((w) => w.shape);
  const expected = shapes.reduce((n, s) => n + s.reduce((a, b) => a * b, 1), 0);
  if (values.length !== expected) throw new Error(`${source}: holds ${values.length} weights, the architecture needs ${expected}; retrain`);
  let offset = 0;
  const tensors = shapes.map((shape) => {
    const size = shape.reduce((a, b) => a * b, 1);
    const t = tf.tensor(values.subarray(offset, offset + size), shape);
    offset += size;
    return t;
  });
  model.setWeights(tensors);
  tf.dispose(tensors);
}

export async function saveRulArtifact(
  artifactsDir: string,
  input: { models: tf.LayersModel[]; meta: RulModelMeta; card: ModelCard; evaluation: unknown; fleet: FleetEntry[]; history: unknown },
): Promise<string> {
  const dir = rulDir(artifactsDir);
  const [first, ...rest] = input.models;
  if (!first) throw new Error("saveRulArtifact: no model to save");
  const files: Record<string, string | Uint8Array> = {
    [RUL_FILES.model]: json(input.meta),
    [RUL_FILES.evaluation]: json(input.evaluation),
    [RUL_FILES.fleet]: json(input.fleet),
    [RUL_FILES.history]: json(input.history),
  };
  rest.forEach((m, k) => (files[`member-${k + 2}.bin`] = weightsBytes(m)));
  await saveModelArtifact(dir, { model: first, card: input.card, files });
  return dir;
}

const metaSchema = z.object({
  config: z.looseObject({ window: z.number().int().positive(), cap: z.number().positive() }),
  norm: z.object({ sensors: z.array(z.number().int()), mean: z.array(z.number()), std: z.array(z.number()), ageScale: z.number().positive().nullable(), baselineCycles: z.number().int().nonnegative().optional() }),
  bands: residualBandsSchema,
  baselines: z.object({
    mean: z.looseObject({ kind: z.literal("mean-regressor") }),
    linear: z.looseObject({ kind: z.literal("ridge-regression") }),
    channels: z.array(z.number().int().nonnegative()).optional(),
  }),
  members: z.number().int().positive(),
  buildSeed: z.number().int(),
});

export interface LoadedRulArtifact {
  models: tf.LayersModel[];
  meta: RulModelMeta;
  card: ModelCard;
  evaluation: Record<string, unknown>;
  fleet: FleetEntry[];
  history: unknown;
}

export async function loadRulArtifact(artifactsDir: string, options: { loadModel?: boolean } = {}): Promise<LoadedRulArtifact> {
  const dir = rulDir(artifactsDir);
  const loadModel = options.loadModel ?? true;
  const loaded = await loadModelArtifact(dir, { loadModel });
  const metaPath = join(dir, RUL_FILES.model);
  const parsed = metaSchema.safeParse(text(loaded.files[RUL_FILES.model], metaPath));
  if (!parsed.success) throw new Error(`${metaPath}: not a RUL model description (${z.prettifyError(parsed.error)}); retrain`);
  const meta = parsed.data as unknown as RulModelMeta;
  const models: tf.LayersModel[] = [];
  if (loadModel) {
    if (!loaded.model) throw new Error(`${dir}: the artifact holds no tfjs model; retrain`);
    models.push(loaded.model);
    for (let k = 2; k <= meta.members; k++) {
      const name = `member-${k}.bin`;
      const bytes = loaded.files[name];
      if (!bytes) throw new Error(`${join(dir, name)}: missing (ensemble member ${k} of ${meta.members}); retrain`);
      const member = buildRulModel(meta.config, inputFeatures(meta.norm), meta.buildSeed);
      setWeightsFrom(member, bytes, join(dir, name));
      models.push(member);
    }
  }
  return {
    models,
    meta,
    card: loaded.card,
    evaluation: text(loaded.files[RUL_FILES.evaluation], join(dir, RUL_FILES.evaluation)) as Record<string, unknown>,
    fleet: text(loaded.files[RUL_FILES.fleet], join(dir, RUL_FILES.fleet)) as FleetEntry[],
    history: text(loaded.files[RUL_FILES.history], join(dir, RUL_FILES.history)),
  };
}

