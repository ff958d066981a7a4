// The fraud vertical's pipeline, as the CLI calls it (`pnpm verticals train|evaluate|demo fraud`):
//   train     reuse the saved model when data, code and settings are unchanged; else train, measure on the
//             held-back 20%, save the artefact (atomically) with its model card
//   evaluate  train on DIR/creditcard.csv, test on DIR/creditcard_test.csv (or a held-back 20%), return metrics
//   seed      migrate the store, record the model version, score half of the held-back rows
import { describeBackend, initBackend, type BackendInfo } from "@verticals/core";
import { loadCreditcard, type CreditcardData } from "@verticals/data";
import type { PipelineContext, TrainSummary, VerticalPipeline } from "@verticals/cli";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readEnv } from "../env";
import { holdoutFrom, readSavedCard, saveFraudArtifact } from "./artifact";
import { buildModelCard } from "./card";
import type { EvaluationReport, ScoreMetrics } from "./evaluate";
import { fingerprint, versionOf } from "./fingerprint";
import { trainAndTest, TEST_FRACTION } from "./holdout";
import { DEFAULT_HYPERPARAMETERS, type NetworkHyperparameters } from "./model";
import { seedStore } from "./seed";
import type { LabelledRows } from "./train";

/** apps/fraud, wherever the repository is. */
export const APP_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const TRAIN_FILE = "creditcard.csv";
export const TEST_FILE = "creditcard_test.csv";

function settings() {
  const env = readEnv(process.env, APP_DIR);
  return {
    costs: { missedFraud: env.costMissedFraud, review: env.costReview },
    blockProbability: env.blockProbability,
    hyperparameters: { ...DEFAULT_HYPERPARAMETERS, ...env.hyperparameters } as NetworkHyperparameters,
  };
}

function labelled(file: CreditcardData): LabelledRows {
  return { data: { rows: file.rowCount, columns: file.columns }, labels: file.label };
}

async function requireFile(dir: string, name: string): Promise<string> {
  const file = path.join(dir, name);
  if (!existsSync(file)) {
    throw new Error(`${file} not found: run \`pnpm verticals data\` (synthetic twin) or pass --data-dir pointing at a folder holding ${name}`);
  }
  return file;
}

const pct = (v: number) => (Number.isFinite(v) ? `${(100 * v).toFixed(1)}%` : "n/a");

function headline(model: Record<string, number>, baseline: Record<string, number>, alertThreshold: number): string[] {
  const pair = (name: string, key: string) => `${name} ${(model[key] ?? NaN).toFixed(3)} (baseline ${(baseline[key] ?? NaN).toFixed(3)})`;
  return [
    `${pair("ROC-AUC", "roc_auc")} · ${pair("AUPRC", "auprc")} · ${pair("recall at 1% FPR", "recall_at_1pct_fpr")}`,
    `alert from ${pct(alertThreshold)} fraud probability: ${(model.alerts_per_1000 ?? NaN).toFixed(1)} alerts per 1,000 transactions, recall ${pct(model.recall ?? NaN)}, precision ${pct(model.precision ?? NaN)} (test rows)`,
  ];
}

async function train(ctx: PipelineContext): Promise<TrainSummary> {
  const { costs, blockProbability, hyperparameters } = settings();
  const dataFile = await requireFile(ctx.dataDir, TRAIN_FILE);
  const fp = await fingerprint({ dataFile, settings: { seed: ctx.seed, costs, blockProbability, hyperparameters, testFraction: TEST_FRACTION } });
  const saved = await readSavedCard(ctx.artifactsDir).catch((error: unknown) => {
    ctx.log.warn(`ignoring the saved model: ${(error as Error).message}`);
    return null;
  });
  if (saved && saved.extra?.fingerprint === fp.fingerprint) {
    return {
      headline: headline(saved.metrics, saved.baseline.metrics, Number(saved.threshold?.alert)),
      backend: describeBackend(saved.backend),
      trainSeconds: saved.trainSeconds,
      reused: true,
    };
  }

  const backend = await initBackend();
  ctx.log.info(`backend ${describeBackend(backend)}`);
  const file = await loadCreditcard(dataFile);
  ctx.log.info(`${file.rowCount.toLocaleString("en-US")} rows, ${file.positiveCount} frauds · ${file.provenance.kind === "synthetic" ? "SYNTHETIC" : "real"} data: ${file.provenance.name}`);
  const result = await trainAndTest(labelled(file), null, { seed: ctx.seed, costs, blockProbability, hyperparameters, signal: ctx.signal });
  const version = versionOf(fp.fingerprint);
  ctx.log.info(result.trained.timeOfDay.reason);
  const card = buildModelCard({
    version,
    trained: result.trained,
    report: result.report,
    provenance: file.provenance,
    backend,
    seed: ctx.seed,
    splitDescription: result.splitDescription,
    testRows: result.test.labels.length,
    fingerprint: { ...fp, dataFile },
  });
  const { trained } = result;
  try {
    const dir = await saveFraudArtifact(
      ctx.artifactsDir,
      {
        model: { version, spec: trained.spec, scorer: trained.scorer, baseline: trained.baseline, policy: trained.policy, card },
        evaluation: result.report,
        holdout: holdoutFrom(result.test.data, result.test.labels),
      },
      ctx.signal,
    );
    ctx.log.info(`saved ${version} → ${dir}`);
  } finally {
    trained.scorer.dispose();
  }
  return {
    headline: headline(card.metrics, card.baseline.metrics, trained.policy.alertThreshold),
    backend: describeBackend(backend),
    trainSeconds: trained.trainSeconds,
    reused: false,
  };
}

/** The `evaluate` JSON: the required keys first, then context. NaN (undefined rates) prints as null. */
export function evaluationJson(report: EvaluationReport, extra: Record<string, unknown>): Record<string, unknown> {
  const pick = (m: ScoreMetrics) => ({
    roc_auc: m.roc_auc,
    auprc: m.auprc,
    recall_at_1pct_fpr: m.recall_at_1pct_fpr,
    precision: m.precision,
    recall: m.recall,
    threshold: m.threshold,
    alerts_per_1000: m.alerts_per_1000,
    expected_cost_per_1000: m.expected_cost_per_1000,
    brier: m.brier,
    ece: m.ece,
  });
  return { ...pick(report.model), baseline: pick(report.baseline), ...extra };
}

async function evaluate(ctx: PipelineContext): Promise<Record<string, unknown>> {
  const started = performance.now();
  const { costs, blockProbability, hyperparameters } = settings();
  const backend: BackendInfo = await initBackend();
  ctx.log.info(`backend ${describeBackend(backend)}`);
  const file = await loadCreditcard(await requireFile(ctx.dataDir, TRAIN_FILE));
  const testPath = path.join(ctx.dataDir, TEST_FILE);
  const test = existsSync(testPath) ? await loadCreditcard(testPath, { provenance: file.provenance }) : null;
  ctx.log.info(
    test
      ? `training on ${file.rowCount} rows of ${TRAIN_FILE}, testing on ${test.rowCount} rows of ${TEST_FILE}`
      : `no ${TEST_FILE}: training on 80% of ${TRAIN_FILE} (${file.rowCount} rows), testing on the stratified 20% held back`,
  );
  const result = await trainAndTest(labelled(file), test ? labelled(test) : null, { seed: ctx.seed, costs, blockProbability, hyperparameters, signal: ctx.signal });
  result.trained.scorer.dispose();
  const { report, trained } = result;
  return evaluationJson(report, {
    train_seconds: Math.round(trained.trainSeconds * 100) / 100,
    evaluate_seconds: Math.round((performance.now() - started) / 10) / 100,
    rows: report.rows,
    frauds: report.frauds,
    rows_train: trained.rows.train,
    frauds_train: trained.rows.frauds,
    test_source: test ? TEST_FILE : `stratified ${TEST_FRACTION * 100}% of ${TRAIN_FILE} (seed ${ctx.seed})`,
    time_of_day_used: trained.timeOfDay.used,
    network_weight: trained.networkWeight,
    costs,
    data: file.provenance.kind,
    backend: describeBackend(backend),
    seed: ctx.seed,
  });
}

async function seed(ctx: PipelineContext): Promise<{ rows: number }> {
  // Seeding uses the current model: train first (a no-op when the saved one is up to date).
  const summary = await train(ctx);
  if (!summary.reused) for (const line of summary.headline) ctx.log.info(line);
  const { rows } = await seedStore({ databaseUrl: ctx.databaseUrl, artifactsDir: ctx.artifactsDir, appDir: APP_DIR, log: (m) => ctx.log.info(m) });
  return { rows };
}

export const pipeline: VerticalPipeline = { train, evaluate, seed };
export default pipeline;
