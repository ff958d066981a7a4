// What the store records about a saved model (see store/runs.ts), taken from its artefact.
import { describeBackend } from "@verticals/core";
import type { FraudArtifact } from "../pipeline/artifact";
import type { RunRecord } from "../store/runs";

export function runRecordFrom(artifact: FraudArtifact): RunRecord {
  const { card, evaluation, model } = artifact;
  return {
    version: card.version,
    trainedAt: new Date(card.createdAt),
    backend: describeBackend(card.backend),
    dataKind: card.data.provenance.kind,
    dataName: card.data.provenance.name,
    alertThreshold: model.policy.alertThreshold,
    blockThreshold: model.policy.blockThreshold,
    costMissedFraud: model.policy.costs.missedFraud,
    costReview: model.policy.costs.review,
    evaluation,
    card,
  };
}
