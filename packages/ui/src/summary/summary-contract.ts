// What each app serves at GET /api/summary: the headline the portal shows on the app's card.
// The portal knows apps only through their manifests and this contract (no app imports another).
// Imported as `@verticals/ui/summary` (server side: app routes build it, the portal validates it).
import { z } from "zod";

export const verticalSummarySchema = z.object({
  app: z.string(),
  /** One sentence: what the model does, for a business reader. */
  purpose: z.string(),
  /** Two to four live figures from the app's store, e.g. frauds caught, money saved. */
  kpis: z
    .array(
      z.object({
        label: z.string(),
        value: z.number().nullable(),
        format: z.enum(["integer", "number", "percent", "money", "duration"]),
        /** ISO 4217 code for "money" (default USD), e.g. EUR for the ULB card data. */
        currency: z.string().regex(/^[A-Z]{3}$/).optional(),
        caption: z.string().optional(),
      }),
    )
    .min(1)
    .max(4),
  /** The model's headline quality against its plain baseline, on the same split. */
  quality: z.object({
    metric: z.string(),
    model: z.number(),
    baseline: z.number(),
    baselineName: z.string(),
    higherIsBetter: z.boolean(),
    split: z.string(),
  }),
  provenance: z.object({
    kind: z.enum(["real", "synthetic"]),
    dataset: z.string(),
    citation: z.string().optional(),
    licence: z.string().optional(),
  }),
  /** e.g. "tfjs · wasm (SIMD)". */
  backend: z.string(),
  modelVersion: z.string(),
  updatedAt: z.string(),
});

export type VerticalSummary = z.infer<typeof verticalSummarySchema>;
