// `evaluate`: train both models from scratch on the folder's training data and score its test part (see the
// evaluation contract in README.md). Nothing is saved. Progress goes to stderr; the CLI prints the returned
// object as the last line of stdout.
import { createStepProgress, describeBackend, initBackend } from "@verticals/core";
import type { PipelineContext } from "@verticals/cli";
import { configForData, DEFAULT_CONFIG, type PipelineConfig } from "./config";
import { loadEquipment } from "./data";
import { runFailure } from "./failure-task";
import { PREDICTED_MODES } from "./failure/model";
import { runRul } from "./rul-task";

const round = (v: number, d = 4) => (Number.isFinite(v) ? Number(v.toFixed(d)) : null);

export async function evaluateMaintenance(ctx: PipelineContext, requested: PipelineConfig = DEFAULT_CONFIG): Promise<Record<string, unknown>> {
  const started = performance.now();
  const backend = await initBackend();
  const equipment = await loadEquipment(ctx.dataDir);
  const config = configForData(requested, equipment.cmapss.provenance.kind);
  ctx.log.info(`data: ${equipment.ai4i.provenance.kind} AI4I (${equipment.ai4i.rowCount} rows), ${equipment.cmapss.provenance.kind} C-MAPSS (${equipment.cmapss.train.units.id.length} training engines)`);

  const progress = createStepProgress({ label: "failure model (gradient boosting)", unit: "fits", total: config.failure.folds + 2 + PREDICTED_MODES.length });
  const failure = runFailure(equipment, config.failure, ctx.seed, (step, done) => progress.update(done, step));
  progress.finish(`${config.failure.folds} out-of-fold boosters, the final booster, ${PREDICTED_MODES.length} mode boosters and the baseline`);
  const rul = await runRul(equipment.cmapss, config.rul, ctx.seed, { signal: ctx.signal });
  for (const m of rul.trained.models) m.dispose();

  const fm = failure.evaluation.model;
  const fb = failure.evaluation.baseline;
  const re = rul.evaluation;
  const classifier = (m: typeof fm) => ({
    f1: round(m.f1),
    precision: round(m.precision),
    recall: round(m.recall),
    roc_auc: round(m.roc_auc),
    auprc: round(m.auprc),
    brier: round(m.brier, 5),
    ece: round(m.ece, 5),
    threshold: round(m.threshold),
  });
  const regression = (m: { rmse: number; nasa_score: number; mae: number }) => ({ rmse: round(m.rmse, 3), nasa_score: round(m.nasa_score, 1), mae: round(m.mae, 3) });
  return {
    ai4i: {
      ...classifier(fm),
      mode_accuracy: round(failure.evaluation.modeAccuracy),
      test_rows: failure.evaluation.rows,
      test_failures: failure.evaluation.failures,
      test: equipment.ai4iTest ? "ai4i2020_test.csv" : `stratified ${Math.round(config.failure.testShare * 100)}% of ai4i2020.csv`,
      train_seconds: round(failure.trained.seconds, 2),
      baselines: { logistic_regression: classifier(fb) },
    },
    cmapss: {
      ...regression(re),
      coverage80: round(re.coverage80),
      coverage90: round(re.coverage90),
      width80: round(re.width80, 2),
      test: rul.split.test.kind === "official" ? "official test_FD001 + RUL_FD001" : "held-out training engines cut short",
      test_engines: re.engines,
      train_seconds: round(rul.trained.seconds, 2),
      best_epochs: rul.trained.histories.map((h) => h.bestEpoch),
      ensemble: rul.trained.models.length,
      member_rmse: re.members.map((m) => round(m.rmse, 3)),
      baselines: { constant_mean: regression(re.baselines.mean), linear: regression(re.baselines.linear) },
    },
    train_seconds: round(failure.trained.seconds + rul.trained.seconds, 2),
    total_seconds: round((performance.now() - started) / 1000, 2),
    backend: describeBackend(backend),
    seed: ctx.seed,
  };
}
