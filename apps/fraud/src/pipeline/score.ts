// Scoring with a trained (or loaded) model: features -> calibrated probability -> decision.
import { tf, type ModelCard } from "@verticals/core";
import type { BaselineModel } from "./baseline";
import type { TransactionColumns } from "./columns";
import { decide, type Decision, type OperatingPolicy } from "./decisions";
import { featureTensor, type FeatureSpec } from "./features";
import { scorerFunction } from "./model";

/** Everything needed to score, explain and describe: what the artefact holds once loaded. */
export interface FraudModel {
  /** Model version: a fingerprint of data, code and settings (stored with every score and alert). */
  version: string;
  spec: FeatureSpec;
  /** Standardised features -> calibrated log-odds. */
  scorer: tf.LayersModel;
  baseline: BaselineModel;
  policy: OperatingPolicy;
  card?: ModelCard;
}

export interface ScoredBatch {
  probabilities: Float64Array;
  decisions: Decision[];
}

/** The sigmoid in float64, so the most obvious frauds keep distinct probabilities. */
export function sigmoid(logOdds: Float64Array): Float64Array {
  const out = new Float64Array(logOdds.length);
  for (let i = 0; i < logOdds.length; i++) out[i] = 1 / (1 + Math.exp(-logOdds[i]!));
  return out;
}

// One plain-ops copy of each loaded scorer (its weights are read once).
const functions = new WeakMap<tf.LayersModel, (x: tf.Tensor2D) => tf.Tensor2D>();

/** The scorer as plain tfjs ops (see scorerFunction): half the per-call overhead of LayersModel.predict. */
export function logOddsFunction(scorer: tf.LayersModel): (x: tf.Tensor2D) => tf.Tensor2D {
  let f = functions.get(scorer);
  if (!f) {
    f = scorerFunction(scorer);
    functions.set(scorer, f);
  }
  return f;
}

export function scoreProbabilities(model: Pick<FraudModel, "scorer" | "spec">, data: TransactionColumns): Float64Array {
  if (data.rows === 0) return new Float64Array(0);
  const f = logOddsFunction(model.scorer);
  const logits = tf.tidy(() => f(featureTensor(data, model.spec)));
  try {
    return sigmoid(Float64Array.from(logits.dataSync()));
  } finally {
    logits.dispose();
  }
}

export function scoreTransactions(model: FraudModel, data: TransactionColumns): ScoredBatch {
  const probabilities = scoreProbabilities(model, data);
  return { probabilities, decisions: Array.from(probabilities, (p) => decide(p, model.policy)) };
}
