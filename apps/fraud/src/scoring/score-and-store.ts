// Score validated transactions, explain the alerts with the same model version, store everything at once.
import { columnsFromRows, takeRows } from "../pipeline/columns";
import type { Decision } from "../pipeline/decisions";
import { explainTransactions, type Explanation } from "../pipeline/explain";
import { scoreTransactions, type FraudModel } from "../pipeline/score";
import type { Store } from "../store/client";
import { storeScoredBatch, type ScoredRow, type TransactionSource } from "../store/transactions";
import type { TransactionInput } from "./validate";

export interface ScoredResult {
  id: number;
  reference: string | null;
  probability: number;
  decision: Decision;
  alertId: number | null;
  explanation: Explanation | null;
}

export interface ScoreAndStoreResult {
  modelVersion: string;
  uploadId: number | null;
  results: ScoredResult[];
}

/** Scores the inputs and explains the alerts, with one model version; nothing is stored. */
export function scoreInputs(model: FraudModel, inputs: readonly TransactionInput[]): ScoredRow[] {
  const data = columnsFromRows(inputs.map((input) => input.transaction));
  const { probabilities, decisions } = scoreTransactions(model, data);
  const alertRows = decisions.flatMap((decision, i) => (decision === "approve" ? [] : [i]));
  const explanations = explainTransactions(model, takeRows(data, alertRows));
  const explanationOf = new Map(alertRows.map((row, k) => [row, explanations[k]!]));
  return inputs.map((input, i) => ({
    reference: input.reference,
    transaction: input.transaction,
    probability: probabilities[i]!,
    decision: decisions[i]!,
    knownClass: input.knownClass,
    explanation: explanationOf.get(i) ?? null,
  }));
}

export async function scoreAndStore(
  model: FraudModel,
  store: Store,
  inputs: readonly TransactionInput[],
  options: { source: TransactionSource; upload?: { fileName: string } },
): Promise<ScoreAndStoreResult> {
  const rows = scoreInputs(model, inputs);
  const stored = await storeScoredBatch(store, { modelVersion: model.version, source: options.source, upload: options.upload, rows });
  return {
    modelVersion: model.version,
    uploadId: stored.uploadId,
    results: rows.map((row, i) => ({
      id: stored.transactionIds[i]!,
      reference: row.reference,
      probability: row.probability,
      decision: row.decision,
      alertId: stored.alertIds[i]!,
      explanation: row.explanation,
    })),
  };
}
