// The maintenance vertical's pipeline, as the CLI (`pnpm verticals train|evaluate|demo`) calls it.
import type { VerticalPipeline } from "@verticals/cli";
import { evaluateMaintenance } from "./evaluate";
import { seedMaintenance } from "./seed";
import { trainMaintenance } from "./train";

export const pipeline: VerticalPipeline = {
  train: (ctx) => trainMaintenance(ctx),
  evaluate: (ctx) => evaluateMaintenance(ctx),
  seed: seedMaintenance,
};

export default pipeline;
