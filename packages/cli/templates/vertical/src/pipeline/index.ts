// The __NAME__ vertical's pipeline, as the CLI (`pnpm verticals train|evaluate|demo`) calls it.
import type { VerticalPipeline } from "@verticals/cli";
import { evaluateVertical } from "./evaluate";
import { seedVertical } from "./seed";
import { trainVertical } from "./train";

export const pipeline: VerticalPipeline = {
  train: trainVertical,
  evaluate: evaluateVertical,
  seed: seedVertical,
};

export default pipeline;
