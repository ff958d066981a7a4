// The app's whole environment, validated in one place. Everything has a default, so a fresh clone runs
// without a .env file; a bad value stops the process with a message naming the variable.
import path from "node:path";
import { z } from "zod";

/** Default business costs and the block level (README, "Pipeline"). The store's DATABASE_URL and the
 * seed are read by @verticals/db and the CLI, not here. */
export const DEFAULT_COST_MISSED_FRAUD = 122;
export const DEFAULT_COST_REVIEW = 5;
export const DEFAULT_BLOCK_PROBABILITY = 0.9;

const number = (name: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (text === undefined || text.trim() === "") return fallback;
      const value = Number(text);
      if (!Number.isFinite(value) || value < min || value > max) {
        ctx.addIssue({ code: "custom", message: `${name} must be a number from ${min} to ${max}, got "${text}"` });
        return z.NEVER;
      }
      return value;
    });

const schema = z.object({
  /** Where the trained model lives, relative to the app folder (default .verticals); the CLI trains into the same place. */
  VERTICALS_ARTIFACTS_DIR: z.string().optional(),
  /** Cost of letting one fraud through (the average fraud in the ULB data is about 122 EUR). */
  FRAUD_COST_MISSED_FRAUD: number("FRAUD_COST_MISSED_FRAUD", 0, 1e9, DEFAULT_COST_MISSED_FRAUD),
  /** Cost of an analyst reviewing one legitimate transaction (about 5 minutes of work). */
  FRAUD_COST_REVIEW: number("FRAUD_COST_REVIEW", 0, 1e9, DEFAULT_COST_REVIEW),
  /** Calibrated fraud probability from which an alert blocks the card instead of queueing a review. */
  FRAUD_BLOCK_PROBABILITY: number("FRAUD_BLOCK_PROBABILITY", 0, 1, DEFAULT_BLOCK_PROBABILITY),
  /** JSON overriding network hyperparameters (tests and experiments), e.g. {"folds":3,"examples":20000}. */
  FRAUD_HYPERPARAMETERS: z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (text === undefined || text.trim() === "") return {};
      try {
        const value: unknown = JSON.parse(text);
        if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
      } catch {
        // reported below
      }
      ctx.addIssue({ code: "custom", message: `FRAUD_HYPERPARAMETERS must be a JSON object, got ${JSON.stringify(text)}` });
      return z.NEVER;
    }),
});

export interface FraudEnv {
  artifactsDir: string;
  costMissedFraud: number;
  costReview: number;
  blockProbability: number;
  hyperparameters: Record<string, unknown>;
}

/** Reads and validates the environment; `appDir` anchors the default paths (Next.js runs in the app folder). */
export function readEnv(env: Record<string, string | undefined> = process.env, appDir = process.cwd()): FraudEnv {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
  }
  const value = parsed.data;
  return {
    artifactsDir: path.resolve(appDir, value.VERTICALS_ARTIFACTS_DIR || ".verticals"),
    costMissedFraud: value.FRAUD_COST_MISSED_FRAUD,
    costReview: value.FRAUD_COST_REVIEW,
    blockProbability: value.FRAUD_BLOCK_PROBABILITY,
    hyperparameters: value.FRAUD_HYPERPARAMETERS,
  };
}
