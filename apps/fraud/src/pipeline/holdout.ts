// The one experiment every command runs: split, train, score rows the model never saw, measure.
// Split (stratified, seeded): without a test file, 80% of creditcard.csv trains and 20% tests; with one
// (creditcard_test.csv), all of creditcard.csv trains and the test file tests. Inside the training rows,
// k-fold cross-fitting (train.ts) stands in for a validation split.
import { takeLabels, takeRows, type TransactionColumns } from "./columns";
import { baselineProbabilities } from "./baseline";
import { evaluationReport, type EvaluationReport } from "./evaluate";
import { featureMatrix } from "./features";
import { scoreProbabilities } from "./score";
import { stratifiedSplit } from "./split";
import { trainFraudModel, type LabelledRows, type TrainedFraudModel, type TrainFraudOptions } from "./train";

export const TEST_FRACTION = 0.2;

export interface HoldoutResult {
  trained: TrainedFraudModel;
  train: LabelledRows;
  test: LabelledRows;
  /** Indices into creditcard.csv of the training and test rows (test is empty when a test file was given). */
  split: { train: Int32Array; test: Int32Array };
  report: EvaluationReport;
  splitDescription: string;
}

export function describeSplit(hasTestFile: boolean, rows: { train: number; test: number }, folds: number): string {
  const count = (n: number) => n.toLocaleString("en-US");
  const source = hasTestFile
    ? `${count(rows.train)} training rows (all of creditcard.csv) and ${count(rows.test)} test rows (creditcard_test.csv)`
    : `${count(rows.train)} training and ${count(rows.test)} test rows: creditcard.csv split 80/20, stratified by class, seeded`;
  return `${source}. Inside the training rows, ${folds}-fold cross-fitting: each network trains on ${folds - 1} folds and scores the fifth; those out-of-fold scores pick the blend, the calibration and the alert threshold. Test rows are used only to measure.`;
}

export async function trainAndTest(file: LabelledRows, testFile: LabelledRows | null, options: TrainFraudOptions): Promise<HoldoutResult> {
  const all = Int32Array.from(file.labels.keys());
  const split = testFile
    ? { train: all, test: new Int32Array(0) }
    : (({ train, validation }) => ({ train, test: validation }))(stratifiedSplit(file.labels, { validation: TEST_FRACTION, test: 0 }, options.seed));
  const part = (indices: Int32Array): LabelledRows => ({ data: takeRows(file.data, indices), labels: takeLabels(file.labels, indices) });
  const test = testFile ?? part(split.test);
  const train = part(split.train);
  const trained = await trainFraudModel(train, options);
  const report = measure(trained, test);
  const splitDescription = describeSplit(testFile !== null, { train: split.train.length, test: test.labels.length }, trained.hyperparameters.folds);
  return { trained, train, test, split, report, splitDescription };
}

export function measure(trained: TrainedFraudModel, test: { data: TransactionColumns; labels: Uint8Array }): EvaluationReport {
  const model = scoreProbabilities(trained, test.data);
  const baseline = baselineProbabilities(trained.baseline, trained.spec, featureMatrix(test.data, trained.spec));
  return evaluationReport({
    labels: test.labels,
    amounts: test.data.columns.Amount,
    model,
    baseline,
    policy: trained.policy,
    baselinePolicy: trained.baselinePolicy,
  });
}
