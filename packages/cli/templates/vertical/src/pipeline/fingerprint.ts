// What a trained model depends on: the data file's bytes, the settings, the seed and this code's version.
// `train` reuses a saved model whose fingerprint matches (the demo's second run is instant).
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import type { TrainConfig } from "./config";

/** Bump when a change to the pipeline's code should retrain existing models. */
export const PIPELINE_VERSION = "1";

export async function trainingFingerprint(dataFile: string, config: TrainConfig, seed: number): Promise<string> {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ PIPELINE_VERSION, config, seed }));
  for await (const chunk of createReadStream(dataFile)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export function modelVersion(fingerprint: string): string {
  return `__NAME__-mlp@${fingerprint.slice(0, 12)}`;
}
