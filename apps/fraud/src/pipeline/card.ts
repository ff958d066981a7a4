// The model card: everything a reviewer needs to trust (or not) the saved model, in @verticals/core's schema.
import type { BackendInfo, ModelCard, Provenance } from "@verticals/core";
import type { EvaluationReport, ScoreMetrics } from "./evaluate";
import type { TrainedFraudModel } from "./train";

export const MODEL_NAME = "Card-fraud scorer";
export const BASELINE_NAME = "Logistic regression (L2, balanced class weights, Platt-calibrated)";

/** The card's metric maps hold finite numbers only (precision with no alerts is undefined, so left out). */
function finiteMetrics(metrics: ScoreMetrics): Record<string, number> {
  return Object.fromEntries(Object.entries(metrics).filter(([, value]) => Number.isFinite(value)));
}

export function buildModelCard(input: {
  version: string;
  trained: TrainedFraudModel;
  report: EvaluationReport;
  provenance: Provenance;
  backend: BackendInfo;
  seed: number;
  splitDescription: string;
  testRows: number;
  fingerprint: { fingerprint: string; dataSha256: string; codeSha256: string; dataFile: string };
}): ModelCard {
  const { trained, report } = input;
  const real = input.provenance.kind === "real";
  const limitations = [
    `Probabilities are calibrated to the training data's fraud rate (${((100 * trained.rows.frauds) / trained.rows.train).toFixed(2)}%), not to a live card portfolio's (about 0.17% in the full ULB data): recalibrate before trusting them as rates.`,
    trained.timeOfDay.reason,
    "V1..V28 are anonymised PCA components: the explanations say which components moved a score, not which business facts did.",
    "Some frauds look like ordinary transactions in these 29 fields (their nearest training rows are all legitimate): no model of these fields ranks them high. On the real ULB subset one such fraud holds most of the ROC-AUC lost on the test rows (see pnpm bench hard-frauds).",
    "The alert threshold is optimal only for the configured costs; change FRAUD_COST_MISSED_FRAUD / FRAUD_COST_REVIEW and retrain to move it.",
  ];
  if (real) limitations.unshift("Trained on a real row subset of the ULB data (all frauds, legitimate rows from the first hour only): far more frauds than in reality, and a narrow slice of legitimate behaviour.");
  else limitations.unshift("Trained on SYNTHETIC data generated to imitate the ULB file's layout: the numbers show the pipeline works, not how well it detects real fraud.");
  return {
    name: MODEL_NAME,
    version: input.version,
    createdAt: new Date().toISOString(),
    task: "Binary classification: the calibrated probability that a card transaction is fraudulent, and the decision approve / review / block.",
    description:
      `An average of ${trained.members.length} small neural networks (${trained.hyperparameters.hidden.join("-")} ReLU, L2-regularised, cross-fitted) ` +
      `${trained.networkWeight < 1 ? `blended ${Math.round(trained.networkWeight * 100)}/${Math.round((1 - trained.networkWeight) * 100)} with the logistic-regression baseline ` : ""}` +
      "and Platt-calibrated on out-of-fold scores. Alerts carry integrated-gradients explanations.",
    intendedUse: "Ranking card transactions for analyst review and blocking the near-certain frauds; a demonstration of the workflow, not a production fraud system.",
    limitations,
    data: {
      dataset: "creditcard",
      provenance: input.provenance,
      rows: { train: trained.rows.train, validation: 0, test: input.testRows },
      split: input.splitDescription,
    },
    metrics: finiteMetrics(report.model),
    baseline: { name: BASELINE_NAME, metrics: finiteMetrics(report.baseline) },
    backend: input.backend,
    trainSeconds: Math.round(trained.trainSeconds * 100) / 100,
    hyperparameters: {
      hidden: trained.hyperparameters.hidden,
      l2: trained.hyperparameters.l2,
      dropout: trained.hyperparameters.dropout,
      learningRate: trained.hyperparameters.learningRate,
      folds: trained.hyperparameters.folds,
      batchSize: trained.hyperparameters.batchSize as number,
      epochs: trained.hyperparameters.maxEpochs,
      fraudWeight: trained.hyperparameters.fraudWeight,
      networkWeight: trained.networkWeight,
      features: trained.spec.names.length,
    },
    seed: input.seed,
    threshold: {
      alert: trained.policy.alertThreshold,
      block: trained.policy.blockThreshold,
      costMissedFraud: trained.policy.costs.missedFraud,
      costReview: trained.policy.costs.review,
      chosenOn: "out-of-fold scores of the training rows, minimising costMissedFraud x missed frauds + costReview x false alerts",
      baselineAlert: trained.baselinePolicy.alertThreshold,
    },
    operatingPoint: {
      alertsPer1000: report.model.alerts_per_1000,
      recall: report.model.recall,
      ...(Number.isFinite(report.model.precision) ? { precision: report.model.precision } : {}),
      expectedCostPer1000: report.model.expected_cost_per_1000,
    },
    extra: {
      fingerprint: input.fingerprint.fingerprint,
      dataSha256: input.fingerprint.dataSha256,
      codeSha256: input.fingerprint.codeSha256,
      dataFile: input.fingerprint.dataFile,
      timeOfDay: { used: trained.timeOfDay.used, reason: trained.timeOfDay.reason },
      platt: { slope: trained.platt.slope, intercept: trained.platt.intercept },
      blendSearch: trained.blendSearch.map((b) => ({ networkWeight: b.networkWeight, outOfFoldAuprc: b.auprc })),
      members: trained.members.map((m) => ({ fold: m.fold, epochs: m.epochs, seconds: Math.round(m.seconds * 100) / 100 })),
      features: trained.spec.names,
    },
  };
}
