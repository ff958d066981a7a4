import { z } from "zod";
import { DATASET_KEYS } from "../datasets/dataset-keys";

/** Where a dataset folder's data came from. Generators write it as PROVENANCE.json with kind "synthetic". */
export const ProvenanceSchema = z.looseObject({
  kind: z.enum(["synthetic", "real"]),
  dataset: z.enum(DATASET_KEYS),
  /** Human name, e.g. "ULB Credit Card Fraud Detection" or "Synthetic twin of ...". */
  name: z.string().min(1),
  citation: z.string().optional(),
  licence: z.string().optional(),
  /** Original URL (real data) or what the twin imitates (synthetic). */
  source: z.string().optional(),
  note: z.string().optional(),
  generator: z
    .looseObject({
      seed: z.number().int(),
      version: z.string().min(1),
    })
    .optional(),
});

export type Provenance = z.infer<typeof ProvenanceSchema>;
