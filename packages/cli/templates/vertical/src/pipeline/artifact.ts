// The saved model: tfjs weights, model card, scaling and baseline, and the held-out test rows with their
// scores (what `seed` puts in the store). Written all at once by @verticals/core (temp folder, then rename).
import { loadModelArtifact, saveModelArtifact, tf, type LogisticRegressionModel, type ModelCard } from "@verticals/core";
import type { HeldOut } from "./fit";
import type { Standardizer } from "./standardize";

const PREPROCESS_FILE = "preprocess.json";
const BASELINE_FILE = "baseline.json";
const HELD_OUT_FILE = "held-out.json";

export interface VerticalArtifact {
  model?: tf.LayersModel;
  card: ModelCard;
  standardizer: Standardizer;
  baseline: LogisticRegressionModel;
  heldOut: HeldOut;
}

export async function saveArtifact(dir: string, artifact: Required<VerticalArtifact>, signal?: AbortSignal): Promise<void> {
  await saveModelArtifact(
    dir,
    {
      model: artifact.model,
      card: artifact.card,
      files: {
        [PREPROCESS_FILE]: JSON.stringify(artifact.standardizer),
        [BASELINE_FILE]: JSON.stringify(artifact.baseline),
        [HELD_OUT_FILE]: JSON.stringify(artifact.heldOut),
      },
    },
    { signal },
  );
}

export async function loadArtifact(dir: string, { loadModel = true } = {}): Promise<VerticalArtifact> {
  const loaded = await loadModelArtifact(dir, { loadModel });
  const json = <T>(name: string): T => {
    const bytes = loaded.files[name];
    if (!bytes) throw new Error(`${dir}/${name}: missing from the model artifact (retrain with \`pnpm train\`)`);
    try {
      return JSON.parse(new TextDecoder().decode(bytes)) as T;
    } catch (error) {
      throw new Error(`${dir}/${name}: not valid JSON (${(error as Error).message})`);
    }
  };
  return {
    ...(loaded.model ? { model: loaded.model } : {}),
    card: loaded.card,
    standardizer: json<Standardizer>(PREPROCESS_FILE),
    baseline: json<LogisticRegressionModel>(BASELINE_FILE),
    heldOut: json<HeldOut>(HELD_OUT_FILE),
  };
}
