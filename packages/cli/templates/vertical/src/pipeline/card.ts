// The model card saved with the model and shown on /model: what it is for, its data and provenance, its
// held-out figures against the baseline, and the backend it ran on.
import type { ModelCard, Provenance } from "@verticals/core";
import { FEATURE_COLUMNS, LABEL_COLUMN, POSITIVE_LABEL } from "./columns";
import type { TrainConfig } from "./config";
import type { FitResult } from "./fit";
import type { ClassifierMetrics } from "./metrics";
import { MODEL_NAME } from "./model";

export const BASELINE_NAME = "Logistic regression (same features)";

export function buildCard(fit: FitResult, options: { version: string; fingerprint: string; provenance: Provenance; config: TrainConfig; seed: number; createdAt?: Date }): ModelCard {
  const { split } = fit;
  return {
    name: MODEL_NAME,
    version: options.version,
    createdAt: (options.createdAt ?? new Date()).toISOString(),
    task: `Binary classification: probability that a record's ${LABEL_COLUMN} is 1 (${POSITIVE_LABEL})`,
    description: `A multilayer perceptron (${options.config.hidden.join("-")} ReLU units, sigmoid output) on ${FEATURE_COLUMNS.length} standardised features, trained with early stopping on validation loss, compared with a logistic regression on the same features and split.`,
    intendedUse: "A starting point for a new vertical: ranks records so people look at the likely positives first. Decisions stay with people.",
    limitations: [
      "Scaffolded vertical: replace the stub data format and check the figures on your own data before trusting them.",
      "Measured on one random held-out split; records that differ from the training data (new sources, time drift) may score worse.",
      `Flags use a fixed probability threshold (${options.config.threshold}); choose it from the costs of misses and false alarms in your setting.`,
    ],
    data: {
      dataset: options.provenance.name,
      provenance: options.provenance,
      rows: { train: split.train.length, validation: split.validation.length, test: split.test.length },
      split: split.description,
    },
    metrics: finiteOnly(fit.metrics),
    baseline: { name: BASELINE_NAME, metrics: finiteOnly(fit.baselineMetrics) },
    backend: fit.backend,
    trainSeconds: fit.trainSeconds,
    hyperparameters: {
      hidden: options.config.hidden.join("-"),
      maxEpochs: options.config.maxEpochs,
      epochsRun: fit.epochs,
      batchSize: options.config.batchSize,
      learningRate: options.config.learningRate,
      patience: options.config.patience,
      features: FEATURE_COLUMNS.join(", "),
    },
    seed: options.seed,
    threshold: { value: options.config.threshold },
    extra: { fingerprint: options.fingerprint },
  };
}

/** The card's metrics must be numbers: an undefined rate (NaN, e.g. precision with nothing flagged) is left out. */
function finiteOnly(metrics: ClassifierMetrics): Record<string, number> {
  return Object.fromEntries(Object.entries(metrics).filter(([, value]) => Number.isFinite(value)));
}
