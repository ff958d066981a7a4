// The triage vertical's pipeline, as the CLI (`pnpm verticals train|evaluate|demo`) calls it.
import type { VerticalPipeline } from "@verticals/cli";
import { evaluateTriage } from "./evaluate";
import { seedTriage } from "./seed";
import { trainTriage } from "./train-artifact";

export const pipeline: VerticalPipeline = {
  train: trainTriage,
  evaluate: evaluateTriage,
  seed: seedTriage,
};

export default pipeline;
