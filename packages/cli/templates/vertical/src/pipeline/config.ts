// Training settings: defaults that train in seconds on the synthetic data, overridable by environment
// (tests and e2e use fewer epochs). They are part of the model fingerprint: changing one retrains.
import { z } from "zod";

export interface TrainConfig {
  /** Units of the hidden layers. */
  hidden: number[];
  maxEpochs: number;
  batchSize: number;
  learningRate: number;
  /** Epochs without a better validation loss before training stops (the best epoch's weights are kept). */
  patience: number;
  /** A probability at or above this flags a record. */
  threshold: number;
}

const envSchema = z.object({
  __ENV___MAX_EPOCHS: z.coerce.number().int().min(1).max(1000).default(60),
  __ENV___THRESHOLD: z.coerce.number().gt(0).lt(1).default(0.5),
});

export function trainConfig(env: Record<string, string | undefined> = process.env): TrainConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`environment variable ${issue.path.join(".")}: ${issue.message}`);
  }
  return {
    hidden: [32, 16],
    maxEpochs: parsed.data.__ENV___MAX_EPOCHS,
    batchSize: 64,
    learningRate: 0.005,
    patience: 6,
    threshold: parsed.data.__ENV___THRESHOLD,
  };
}
