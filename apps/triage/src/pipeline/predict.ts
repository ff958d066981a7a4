// Scoring studies with a trained model: calibrated probability, flag at the operating point, heatmap.
// Used by the seed (batches of held-out images) and by the upload API (one image, well under 300 ms).
import { applyCalibrator, initBackend, tf, type ModelCard } from "@verticals/core";
import { loadTriageArtifact, modelVersion } from "./artifact";
import { predictLogits } from "./model";
import type { OperatingPoint } from "./operating-point";
import { PIXELS, pixelsToInput } from "./preprocess";
import { explain, type Heatmap, type SaliencyMethod } from "./saliency";

export interface StudyScore {
  logit: number;
  probability: number;
  flagged: boolean;
  threshold: number;
}

export class TriageModel {
  constructor(
    readonly network: tf.LayersModel,
    readonly operatingPoint: OperatingPoint,
    readonly version: string,
    readonly card: ModelCard,
  ) {}

  static async load(dir: string): Promise<TriageModel> {
    await initBackend();
    const artifact = await loadTriageArtifact(dir);
    if (!artifact.model) throw new Error(`${dir}: the artifact holds no network`);
    return new TriageModel(artifact.model, artifact.operatingPoint, modelVersion(artifact.fingerprint), artifact.card);
  }

  /** Scores for `count` images given as count x 784 8-bit pixels (the stored model input). */
  score(pixels: Uint8Array): StudyScore[] {
    const logits = predictLogits(this.network, pixelsToInput(pixels));
    const probabilities = applyCalibrator(this.operatingPoint.calibrator, logits);
    return Array.from(logits, (logit, i) => ({
      logit,
      probability: probabilities[i]!,
      flagged: probabilities[i]! >= this.operatingPoint.threshold,
      threshold: this.operatingPoint.threshold,
    }));
  }

  explain(pixels: Uint8Array, method: SaliencyMethod = "grad-cam"): Heatmap[] {
    if (pixels.length % PIXELS !== 0) throw new RangeError(`expected whole 28x28 images, got ${pixels.length} bytes`);
    return explain(this.network, pixelsToInput(pixels), method);
  }
}
