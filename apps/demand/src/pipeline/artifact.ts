// The saved forecaster: the tfjs network, its model card, and what forecasting needs besides the weights (input
// encoding, category codes, fitted dispersions), plus the fingerprint and the held-out evaluation. One
// directory written atomically by @verticals/core.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { loadModelArtifact, saveModelArtifact, type ModelCard, type tf } from "@verticals/core";
import { z } from "zod";
import type { BacktestReport } from "./backtest";
import type { DemandConfig } from "./config";
import type { EncoderSpec } from "./encoder";
import type { Codes } from "./features";
import type { Fingerprint } from "./fingerprint";
import type { GbdtModel } from "./gbdt";
import type { DemandEffects } from "./effects";
import type { Dispersion } from "./intervals";
import type { HierarchyLevel } from "./hierarchy";
import type { Forecaster } from "./train";

export const MODEL_DIR_NAME = "demand-model";
export const FORECASTER_FILE = "forecaster.json";
export const FINGERPRINT_FILE = "fingerprint.json";
export const EVALUATION_FILE = "evaluation.json";
export const TREES_FILE = "trees.json";

export interface SavedEvaluation {
  /** Backtest on the calibration window (the last `horizon` history days, never trained on). */
  calibration: BacktestReport;
  /** Per series: RMSSE of the model and the two main baselines on that window (null where undefined). */
  perSeries: Record<string, { model: number | null; seasonal_naive: number | null; ets: number | null }>;
  epochs: { epoch: number; loss: number; valLoss?: number }[];
  trainRows: number;
}

interface ForecasterFile {
  encoder: EncoderSpec;
  codes: Codes;
  dispersion: Dispersion;
  levelDispersion: Record<HierarchyLevel, number>;
  effects: DemandEffects;
  horizon: number;
  config: DemandConfig;
}

const fingerprintSchema = z.object({ hash: z.string(), data: z.string(), code: z.string(), config: z.string() });

export function modelVersion(print: Fingerprint): string {
  return `demand-mlp@${print.hash.slice(0, 12)}`;
}

export async function saveDemandArtifact(
  dir: string,
  input: { forecaster: Forecaster; config: DemandConfig; card: ModelCard; fingerprint: Fingerprint; evaluation: SavedEvaluation },
  signal?: AbortSignal,
): Promise<void> {
  const { forecaster } = input;
  const file: ForecasterFile = {
    encoder: forecaster.encoder,
    codes: forecaster.codes,
    dispersion: forecaster.dispersion,
    levelDispersion: forecaster.levelDispersion,
    effects: forecaster.effects,
    horizon: forecaster.horizon,
    config: input.config,
  };
  await saveModelArtifact(
    dir,
    {
      model: forecaster.model,
      card: input.card,
      files: {
        [FORECASTER_FILE]: `${JSON.stringify(file)}\n`,
        [FINGERPRINT_FILE]: `${JSON.stringify(input.fingerprint, null, 2)}\n`,
        [EVALUATION_FILE]: `${JSON.stringify(input.evaluation)}\n`,
        ...(forecaster.gbdt ? { [TREES_FILE]: JSON.stringify(forecaster.gbdt) } : {}),
      },
    },
    signal ? { signal } : {},
  );
}

/** The fingerprint of the saved model, or undefined when there is none (or it is unreadable). */
export async function savedFingerprint(dir: string): Promise<Fingerprint | undefined> {
  const file = join(dir, FINGERPRINT_FILE);
  if (!existsSync(file)) return undefined;
  try {
    return fingerprintSchema.parse(JSON.parse(await readFile(file, "utf8")));
  } catch {
    return undefined;
  }
}

export interface LoadedDemandArtifact {
  card: ModelCard;
  fingerprint: Fingerprint;
  evaluation: SavedEvaluation;
  config: DemandConfig;
  /** Present when loaded with the model. */
  forecaster?: Forecaster;
  dispersion: Dispersion;
  levelDispersion: Record<HierarchyLevel, number>;
  effects: DemandEffects;
}

const decoder = new TextDecoder();

function jsonFile<T>(files: Record<string, Uint8Array>, name: string, dir: string): T {
  const bytes = files[name];
  if (!bytes) throw new Error(`${join(dir, name)}: missing from the model artifact (train again: pnpm verticals train demand)`);
  try {
    return JSON.parse(decoder.decode(bytes)) as T;
  } catch (error) {
    throw new Error(`${join(dir, name)}: not valid JSON (${(error as Error).message})`);
  }
}

export async function loadDemandArtifact(dir: string, options: { loadModel?: boolean } = {}): Promise<LoadedDemandArtifact> {
  const loaded = await loadModelArtifact(dir, { loadModel: options.loadModel ?? true });
  const file = jsonFile<ForecasterFile>(loaded.files, FORECASTER_FILE, dir);
  const print = fingerprintSchema.parse(jsonFile(loaded.files, FINGERPRINT_FILE, dir));
  const evaluation = jsonFile<SavedEvaluation>(loaded.files, EVALUATION_FILE, dir);
  const model = loaded.model as tf.LayersModel | undefined;
  const gbdt = loaded.files[TREES_FILE] ? jsonFile<GbdtModel>(loaded.files, TREES_FILE, dir) : undefined;
  return {
    card: loaded.card,
    fingerprint: print,
    evaluation,
    config: file.config,
    dispersion: file.dispersion,
    levelDispersion: file.levelDispersion,
    effects: file.effects,
    ...(model
      ? { forecaster: { model, ...(gbdt ? { gbdt } : {}), encoder: file.encoder, codes: file.codes, dispersion: file.dispersion, levelDispersion: file.levelDispersion, effects: file.effects, horizon: file.horizon } }
      : {}),
  };
}
