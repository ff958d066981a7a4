// The RUL model end to end: engines split by engine, trained, scored at the last cycle of engines cut short
// (the official test when test_FD001.txt and RUL_FD001.txt are present, else held-out engines cut the same way).
import type { CmapssData } from "@verticals/data";
import { SEED_OFFSETS, type RulConfig } from "./config";
import type { Engine } from "./rul/engines";
import { enginesOf } from "./rul/from-trajectories";
import { evaluateRul, type RulEvaluation } from "./rul/evaluate";
import { cutShort, splitByEngine } from "./rul/holdout";
import { trainRul, type RulTrainingOptions, type RulTrainingResult } from "./rul/train";

/** Engines the model never trained on, cut short, with their true RUL: the test set and the seeded fleet. */
export interface RulTestSet {
  kind: "official" | "holdout";
  engines: Engine[];
  trueRul: number[];
  description: string;
  /** One cut engine per unit: the fleet the dashboard is seeded with. */
  fleet: FleetEngine[];
}

export interface FleetEngine {
  engine: Engine;
  /** Cycles left after the last observed cycle. */
  trueRul: number;
  source: "cmapss-test" | "cmapss-holdout";
}

export interface RulSplit {
  train: Engine[];
  validation: Engine[];
  test: RulTestSet;
}

/** Share of the training file's engines held out as the test set when there is no official test. */
export const HOLDOUT_SHARE = 0.2;
/** Cut points per held-out engine: more points, a steadier score (the first cut of each engine seeds the fleet). */
export const HOLDOUT_CUTS = 5;

/** How the training engines are used, for the test set's description. */
function trainingDescription(kept: number, heldOut: number, config: RulConfig): string {
  if (config.ensemble <= 1) return `Training: ${kept} engines; ${heldOut} further engines for the validation curve and the uncertainty band.`;
  const total = kept + heldOut;
  return `Training: ${total} engines in ${config.folds} folds by engine; each of ${config.ensemble} ensemble members learns from all folds but one and is validated on that one (the band's residuals).`;
}

export function rulSplit(cmapss: CmapssData, config: RulConfig, seed: number): RulSplit {
  const engines = enginesOf(cmapss.train);
  const splitSeed = seed + SEED_OFFSETS.rulSplit;
  if (cmapss.test && cmapss.rul) {
    const { kept, heldOut } = splitByEngine(engines, config.validationShare, splitSeed);
    const test = enginesOf(cmapss.test);
    return {
      train: kept,
      validation: heldOut,
      test: {
        kind: "official",
        engines: test,
        trueRul: Array.from(cmapss.rul),
        fleet: test.map((engine, i) => ({ engine, trueRul: cmapss.rul![i]!, source: "cmapss-test" as const })),
        description: `Official test: ${test.length} engines of test_${cmapss.subset}.txt scored at their last cycle against RUL_${cmapss.subset}.txt. ${trainingDescription(kept.length, heldOut.length, config)}`,
      },
    };
  }
  const outer = splitByEngine(engines, HOLDOUT_SHARE, splitSeed);
  const inner = splitByEngine(outer.kept, config.validationShare, splitSeed + 1);
  const cuts = cutShort(outer.heldOut, HOLDOUT_CUTS, seed + SEED_OFFSETS.rulCuts);
  const cutUnits = new Set(cuts.map((c) => c.engine.unit));
  const fleet = [...cutUnits].map((unit) => cuts.find((c) => c.engine.unit === unit)!);
  return {
    train: inner.kept,
    validation: inner.heldOut,
    test: {
      kind: "holdout",
      engines: cuts.map((c) => c.engine),
      trueRul: cuts.map((c) => c.trueRul),
      fleet: fleet.map((c) => ({ engine: c.engine, trueRul: c.trueRul, source: "cmapss-holdout" as const })),
      description: `No official test in the folder: ${outer.heldOut.length} engines of train_${cmapss.subset}.txt held out (${cutUnits.size} long enough to cut), each cut short ${HOLDOUT_CUTS} times like NASA's test (true RUL drawn uniformly in 7..145, at least 31 cycles observed) and scored at the cut: ${cuts.length} cut points. ${trainingDescription(inner.kept.length, inner.heldOut.length, config)}`,
    },
  };
}

export interface RulRun {
  split: RulSplit;
  trained: RulTrainingResult;
  evaluation: RulEvaluation;
}

export async function runRul(
  cmapss: CmapssData,
  config: RulConfig,
  seed: number,
  options: Pick<RulTrainingOptions, "reporter" | "signal"> = {},
): Promise<RulRun> {
  const split = rulSplit(cmapss, config, seed);
  const trained = await trainRul({ train: split.train, validation: split.validation, config, seed: seed + SEED_OFFSETS.rulTrain, ...options });
  const evaluation = evaluateRul(trained, split.test.engines, split.test.trueRul, config);
  return { split, trained, evaluation };
}
