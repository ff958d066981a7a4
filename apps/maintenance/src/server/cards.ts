// The saved models' cards and evaluations, read from disk without loading any model (for page chrome and the
// model pages). Missing artifacts give null: the pages then say how to train.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseModelCard, type ModelCard } from "@verticals/core";
import { FAILURE_FILES, failureDir, RUL_FILES, rulDir } from "../pipeline/artifacts";
import { appEnv } from "./runtime";

function readJson(file: string): unknown | null {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function card(dir: string): ModelCard | null {
  const raw = readJson(join(dir, "card.json"));
  if (raw === null) return null;
  try {
    return parseModelCard(raw, join(dir, "card.json"));
  } catch {
    return null;
  }
}

export interface FailureEvaluationFile {
  model: Record<string, number>;
  baseline: Record<string, number>;
  rows: number;
  failures: number;
  byType: { type: string; rows: number; failureRate: number; meanProbability: number }[];
  byMode: { mode: string; failures: number; flagged: number; namedCorrectly: number }[];
  modeAccuracy: number | null;
  reliability: { meanPredicted: number; observed: number; count: number }[];
  baselineReliability: { meanPredicted: number; observed: number; count: number }[];
  importance: number[];
}

export interface RulEvaluationFile {
  rmse: number;
  nasa_score: number;
  mae: number;
  coverage80: number;
  coverage90: number;
  width80: number;
  engines: number;
  testKind: "official" | "holdout";
  baselines: { mean: { rmse: number; nasa_score: number; mae: number }; linear: { rmse: number; nasa_score: number; mae: number } };
  predictions: { unit: number; observed: number; trueRul: number; rul: number; p10: number; p90: number }[];
}

export function readModels() {
  const dir = appEnv().artifactsDir;
  return {
    failure: card(failureDir(dir)),
    failureEvaluation: readJson(join(failureDir(dir), FAILURE_FILES.evaluation)) as FailureEvaluationFile | null,
    rul: card(rulDir(dir)),
    rulEvaluation: readJson(join(rulDir(dir), RUL_FILES.evaluation)) as RulEvaluationFile | null,
    rulHistory: readJson(join(rulDir(dir), RUL_FILES.history)) as { bestEpoch: number; loss: number[]; val_rmse: number[] }[] | null,
  };
}
