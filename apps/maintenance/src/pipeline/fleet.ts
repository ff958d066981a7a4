// Predictions for the fleet: the RUL distribution after each cycle of an engine's history, its probability of
// failing within the plan horizon and its health score; and the plan's view of an engine.
import type { tf } from "@verticals/core";
import type { RulModelMeta } from "./artifacts";
import { healthScore } from "./health";
import type { PlanAsset } from "./plan";
import type { Engine } from "./rul/engines";
import { inputFeatures, normaliseEngine } from "./rul/normalise";
import { ensemblePredict } from "./rul/train";
import { probabilityRulAtMost, rulDistribution } from "./rul/uncertainty";
import { windowsAt } from "./rul/windowing";

export interface RulPredictor {
  models: tf.LayersModel[];
  meta: RulModelMeta;
}

export interface CyclePrediction {
  cycle: number;
  rul: number;
  rulP05: number;
  rulP10: number;
  rulP90: number;
  rulP95: number;
  failProb: number;
  health: number;
}

/**
 * Predictions after every cycle from the first full window (or the last cycle, for a shorter history) on,
 * skipping cycles before `fromCycle` (those already predicted).
 */
export function predictHistory(engine: Engine, predictor: RulPredictor, horizonCycles: number, fromCycle = Number.NEGATIVE_INFINITY): CyclePrediction[] {
  const { config, norm, bands } = predictor.meta;
  const F = inputFeatures(norm);
  const first = Math.min(Math.min(config.minHistory, config.window) - 1, engine.cycles - 1);
  const ends: number[] = [];
  for (let t = first; t < engine.cycles; t++) if (engine.firstCycle + t >= fromCycle) ends.push(t);
  if (ends.length === 0) return [];
  const w = windowsAt(normaliseEngine(engine, norm), F, config.window, ends);
  const predicted = ensemblePredict(predictor.models, w.x, w.count, config, F);
  return ends.map((t, i) => {
    const d = rulDistribution(bands, predicted[i]!);
    return {
      cycle: engine.firstCycle + t,
      rul: d.rul,
      rulP05: d.p05,
      rulP10: d.p10,
      rulP90: d.p90,
      rulP95: d.p95,
      failProb: probabilityRulAtMost(bands, d.rul, horizonCycles),
      health: healthScore(d.p10, config.cap),
    };
  });
}

/** The plan's view of an engine from its latest prediction. */
export function planAsset(assetId: string, latestRul: number, meta: RulModelMeta, trueRul?: number | null): PlanAsset {
  return { assetId, rul: latestRul, failWithin: (h) => probabilityRulAtMost(meta.bands, latestRul, h), trueRul: trueRul ?? null };
}
