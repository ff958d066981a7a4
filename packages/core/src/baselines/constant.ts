// The simplest honest baselines: predict the training mean (regression) or the training
// prevalence (classification) for everyone. A model that cannot beat these has learnt nothing;
// the prevalence model's ROC-AUC is 0.5 and its log loss is the label entropy.
import { z } from "zod";
import { assertBinaryLabels, assertFinite, assertNonEmpty } from "../metrics/validate";

export interface MeanRegressorModel {
  kind: "mean-regressor";
  value: number;
}

export interface PrevalenceModel {
  kind: "prevalence-classifier";
  /** Share of class 1 in the training labels. */
  prevalence: number;
}

export function fitMeanRegressor(targets: ArrayLike<number>): MeanRegressorModel {
  assertNonEmpty("targets", targets);
  assertFinite("targets", targets);
  let sum = 0;
  for (let i = 0; i < targets.length; i++) sum += targets[i]!;
  return { kind: "mean-regressor", value: sum / targets.length };
}

export function fitPrevalenceClassifier(labels: ArrayLike<number>): PrevalenceModel {
  assertNonEmpty("labels", labels);
  assertBinaryLabels("labels", labels);
  let positives = 0;
  for (let i = 0; i < labels.length; i++) positives += labels[i]!;
  return { kind: "prevalence-classifier", prevalence: positives / labels.length };
}

const finite = z.number().refine(Number.isFinite, "expected a finite number");
export const meanRegressorSchema = z.object({ kind: z.literal("mean-regressor"), value: finite });
export const prevalenceSchema = z.object({ kind: z.literal("prevalence-classifier"), prevalence: z.number().min(0).max(1) });
