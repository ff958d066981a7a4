// The model card: what a trained model is for, what it was trained and measured on, against which baseline,
// and on what backend. Saved as card.json next to the weights and shown by the dashboards.
import { z } from "zod";
import { backendInfoSchema } from "../backend/backend-info";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
const jsonValueSchema: z.ZodType<Json> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValueSchema), z.record(z.string(), jsonValueSchema)]),
);
const jsonRecordSchema = z.record(z.string(), jsonValueSchema);
const metricsSchema = z.record(z.string(), z.number());
const rowCount = z.number().int().nonnegative();

export const provenanceSchema = z.object({
  kind: z.enum(["real", "synthetic"]),
  name: z.string().min(1),
  citation: z.string().optional(),
  licence: z.string().optional(),
  source: z.string().optional(),
  note: z.string().optional(),
});

export const modelCardSchema = z.object({
  name: z.string().min(1),
  version: z.string().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  task: z.string().min(1),
  description: z.string(),
  intendedUse: z.string(),
  limitations: z.array(z.string()),
  data: z.object({
    dataset: z.string().min(1),
    provenance: provenanceSchema,
    rows: z.object({ train: rowCount, validation: rowCount, test: rowCount }),
    /** Plain-language description of how train/validation/test were split. */
    split: z.string().min(1),
  }),
  metrics: metricsSchema,
  baseline: z.object({ name: z.string().min(1), metrics: metricsSchema }),
  backend: backendInfoSchema,
  trainSeconds: z.number().nonnegative(),
  hyperparameters: jsonRecordSchema,
  /** Seed of the training run, when there was one. */
  seed: z.number().int().optional(),
  threshold: jsonRecordSchema.optional(),
  operatingPoint: jsonRecordSchema.optional(),
  extra: jsonRecordSchema.optional(),
});

export type ModelCard = z.infer<typeof modelCardSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;

/** Validates a card; the error names `source` (e.g. the card.json path) and every bad field. */
export function parseModelCard(value: unknown, source = "model card"): ModelCard {
  const result = modelCardSchema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "(root)"}: ${issue.message}`)
    .join("; ");
  throw new Error(`${source}: invalid model card: ${problems}`);
}
