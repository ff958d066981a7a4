// Why a transaction scored what it did: integrated gradients of the calibrated probability, from the average
// legitimate training transaction (the reference) to this one, added up per input field (a V and its signed
// log count as one; sine and cosine of the hour count as Time). The contributions sum to
// probability − reference probability, up to the quadrature error reported as `residual`. An explanation is
// computed once, by the model version that scored the transaction, and stored with its alert.
import { integratedGradients, tf } from "@verticals/core";
import { INPUT_FIELDS, rowAt, type InputField, type TransactionColumns } from "./columns";
import { featureTensor } from "./features";
import { logOddsFunction, type FraudModel } from "./score";

export interface Contribution {
  field: InputField;
  /** This transaction's value. */
  value: number;
  /** The average legitimate training transaction's value. */
  typical: number;
  /** Change of the fraud probability this field accounts for (positive pushes towards fraud). */
  contribution: number;
}

export interface Explanation {
  method: "integrated-gradients";
  modelVersion: string;
  reference: string;
  probability: number;
  referenceProbability: number;
  /** Every field the model reads, largest |contribution| first. */
  contributions: Contribution[];
  /** sum(contributions) − (probability − referenceProbability). */
  residual: number;
  steps: number;
}

export const EXPLANATION_STEPS = 48;
export const EXPLANATION_REFERENCE = "the average legitimate transaction of the training data";

export function explainTransactions(model: FraudModel, data: TransactionColumns, steps = EXPLANATION_STEPS): Explanation[] {
  if (data.rows === 0) return [];
  const { spec } = model;
  const logOdds = logOddsFunction(model.scorer);
  const probability = (x: tf.Tensor2D) => tf.sigmoid(logOdds(x));
  const input = featureTensor(data, spec);
  let result: ReturnType<typeof integratedGradients>;
  try {
    result = integratedGradients(probability, input, spec.legitimateMean, { steps });
  } finally {
    input.dispose();
  }
  const read = new Set<InputField>(spec.sources);
  const fields = INPUT_FIELDS.filter((field) => read.has(field));
  return result.attributions.map((row, i) => {
    const byField = new Map<InputField, number>();
    row.forEach((value, j) => byField.set(spec.sources[j]!, (byField.get(spec.sources[j]!) ?? 0) + value));
    const transaction = rowAt(data, i);
    const contributions = fields
      .map((field) => ({ field, value: transaction[field], typical: spec.legitimateInputMeans[field], contribution: byField.get(field) ?? 0 }))
      .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
    return {
      method: "integrated-gradients",
      modelVersion: model.version,
      reference: EXPLANATION_REFERENCE,
      probability: result.outputs[i]!,
      referenceProbability: result.baselineOutputs[i]!,
      contributions,
      residual: result.delta[i]!,
      steps,
    };
  });
}
