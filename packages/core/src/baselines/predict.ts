// One prediction entry point per task, so apps can swap a baseline for another without branching,
// and one parser to reload any baseline from JSON.
import { z } from "zod";
import { sigmoid } from "../calibration/sigmoid";
import { meanRegressorSchema, prevalenceSchema, type MeanRegressorModel, type PrevalenceModel } from "./constant";
import { logisticRegressionSchema, predictLogOdds, type LogisticRegressionModel } from "./logistic-regression";
import { rowCount, type FeatureMatrix } from "./matrix";
import { predictRidge, ridgeRegressionSchema, type RidgeRegressionModel } from "./ridge-regression";

export type BaselineClassifier = LogisticRegressionModel | PrevalenceModel;
export type BaselineRegressor = RidgeRegressionModel | MeanRegressorModel;
export type BaselineModel = BaselineClassifier | BaselineRegressor;

/** Probability of class 1 for each row of features. */
export function predictProba(model: BaselineClassifier, features: FeatureMatrix): Float64Array {
  if (model.kind === "prevalence-classifier") return new Float64Array(rowCount(features)).fill(model.prevalence);
  return predictLogOdds(model, features).map(sigmoid);
}

/** Predicted target for each row of features. */
export function predictRegression(model: BaselineRegressor, features: FeatureMatrix): Float64Array {
  if (model.kind === "mean-regressor") return new Float64Array(rowCount(features)).fill(model.value);
  return predictRidge(model, features);
}

const baselineSchema = z.discriminatedUnion("kind", [logisticRegressionSchema, ridgeRegressionSchema, meanRegressorSchema, prevalenceSchema]);

/** Validate parsed JSON as a baseline model; `source` (e.g. a file path) names it in errors. */
export function parseBaselineModel(value: unknown, source = "baseline model"): BaselineModel {
  const result = baselineSchema.safeParse(value);
  if (!result.success) throw new TypeError(`${source} is not a valid baseline model:\n${z.prettifyError(result.error)}`);
  return result.data;
}
