// What the pages show about the deployed model: its card and run (metrics, held-out scores), read from the
// store when seeded, else from the artifact on disk. Nothing here loads the network.
import { parseModelCard, type ModelCard } from "@verticals/core";
import { loadTriageArtifact, modelVersion, pretrainedInfo, type HeldOutEvaluation, type PretrainedInfo } from "../pipeline/artifact";
import type { ModelReport } from "../pipeline/report";
import { latestRun } from "../store/queries";
import { env, getStore } from "./runtime";

export interface DeployedModel {
  version: string;
  card: ModelCard;
  reports: Record<string, ModelReport>;
  evaluation?: Pick<HeldOutEvaluation, "labels" | "cnn" | "baseline" | "transfer" | "ensemble" | "history" | "note"> & { split: string };
  /** The pretrained backbone's transfer model and ensemble, or why there are none (absent for old runs). */
  pretrained?: PretrainedInfo;
  threshold: number;
  targetSensitivity: number;
}

export async function deployedModel(): Promise<DeployedModel | undefined> {
  const store = await getStore();
  const run = await latestRun(store);
  if (run) {
    const curves = JSON.parse(run.curvesJson) as (Omit<HeldOutEvaluation, "split" | "reports"> & { pretrained?: PretrainedInfo }) | null;
    return {
      version: run.modelVersion,
      card: parseModelCard(JSON.parse(run.cardJson), `run ${run.modelVersion} card`),
      reports: JSON.parse(run.metricsJson) as Record<string, ModelReport>,
      ...(curves ? { evaluation: { ...curves, split: run.reportSplit } } : {}),
      ...(curves?.pretrained ? { pretrained: curves.pretrained } : {}),
      threshold: run.threshold,
      targetSensitivity: run.targetSensitivity,
    };
  }
  try {
    const artifact = await loadTriageArtifact(env().modelDir, { loadModel: false });
    return {
      version: modelVersion(artifact.fingerprint),
      card: artifact.card,
      reports: artifact.evaluation.reports,
      evaluation: artifact.evaluation,
      pretrained: pretrainedInfo(artifact.transfer),
      threshold: artifact.operatingPoint.threshold,
      targetSensitivity: artifact.operatingPoint.targetSensitivity,
    };
  } catch {
    return undefined;
  }
}
