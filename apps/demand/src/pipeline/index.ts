// The demand vertical's pipeline, as the CLI (`pnpm verticals train|evaluate|demo`) calls it.
import type { VerticalPipeline } from "@verticals/cli";
import { evaluateDemand } from "./evaluate";
import { seedDemand } from "./seed";
import { trainDemand } from "./train-artifact";

export const pipeline: VerticalPipeline = {
  train: trainDemand,
  evaluate: evaluateDemand,
  seed: seedDemand,
};

export default pipeline;
