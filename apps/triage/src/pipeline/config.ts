// The pipeline's settings in one place. The target sensitivity comes from TRIAGE_TARGET_SENSITIVITY
// (default 0.95): the operating point flags enough studies to catch that share of pneumonia cases on val.
// TRIAGE_MAX_EPOCHS (default 16) caps training.
import { z } from "zod";
import { DEFAULT_TRAIN, type TrainConfig } from "./train";

export interface TriageConfig {
  train: TrainConfig;
  targetSensitivity: number;
}

const targetSchema = z.coerce.number().gt(0).lte(1);

export function readTargetSensitivity(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TRIAGE_TARGET_SENSITIVITY;
  if (raw === undefined || raw.trim() === "") return 0.95;
  const parsed = targetSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`TRIAGE_TARGET_SENSITIVITY must be a number in (0, 1], got "${raw}"`);
  return parsed.data;
}

/** TRIAGE_MAX_EPOCHS caps training (default 16); tests and quick looks use a few epochs. */
export function readMaxEpochs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TRIAGE_MAX_EPOCHS;
  if (raw === undefined || raw.trim() === "") return DEFAULT_TRAIN.maxEpochs;
  const parsed = z.coerce.number().int().min(1).max(500).safeParse(raw);
  if (!parsed.success) throw new Error(`TRIAGE_MAX_EPOCHS must be an integer from 1 to 500, got "${raw}"`);
  return parsed.data;
}

export function triageConfig(seed: number, env: Record<string, string | undefined> = process.env): TriageConfig {
  return { train: { ...DEFAULT_TRAIN, seed, maxEpochs: readMaxEpochs(env) }, targetSensitivity: readTargetSensitivity(env) };
}
