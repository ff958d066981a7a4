// Validation by engine: whole engines are kept out of training, then cut short the way NASA cut the official
// test engines (observed for a while, true RUL known), so held-out scores mean what the official test means.
import { createRng } from "@verticals/core";
import type { RulConfig } from "../config";
import { truncate, type Engine } from "./engines";

/** Splits engines into [kept, heldOut] with round(share * n) engines held out, chosen by a seeded shuffle. */
export function splitByEngine(engines: readonly Engine[], share: number, seed: number): { kept: Engine[]; heldOut: Engine[] } {
  if (!(share > 0 && share < 1)) throw new RangeError(`splitByEngine: share must be in (0, 1), got ${share}`);
  const order = createRng(seed).shuffle(engines.map((_, i) => i));
  const nHeld = Math.max(1, Math.round(engines.length * share));
  if (nHeld >= engines.length) throw new RangeError(`splitByEngine: holding out ${nHeld} of ${engines.length} engines leaves none to train on`);
  const held = new Set(order.slice(0, nHeld));
  return { kept: engines.filter((_, i) => !held.has(i)), heldOut: engines.filter((_, i) => held.has(i)) };
}

export interface CutEngine {
  /** The engine observed up to its cut. */
  engine: Engine;
  /** Cycles left after the last observed one (the official RUL_FD001 convention). */
  trueRul: number;
}

/**
 * Cuts each engine like the official test: the true RUL after the cut is uniform on [minRul, min(maxRul,
 * cycles - minObserved)], so at least `minObserved` cycles are seen. NASA's FD001 test has RUL 7..145 and
 * 31..303 observed cycles.
 */
export function cutShort(
  engines: readonly Engine[],
  perEngine: number,
  seed: number,
  options: { minRul?: number; maxRul?: number; minObserved?: number } = {},
): CutEngine[] {
  const { minRul = 7, maxRul = 145, minObserved = 31 } = options;
  const rng = createRng(seed);
  const cuts: CutEngine[] = [];
  for (const engine of engines) {
    const hi = Math.min(maxRul, engine.cycles - minObserved);
    if (hi < minRul) continue; // too short to cut like the test
    for (let k = 0; k < perEngine; k++) {
      const trueRul = minRul + rng.int(hi - minRul + 1);
      cuts.push({ engine: truncate(engine, engine.cycles - trueRul), trueRul });
    }
  }
  return cuts;
}

/** One ensemble member's engines: what it trains on and the engines it never saw (its validation curve and band residuals). */
export interface MemberSplit {
  train: readonly Engine[];
  validation: readonly Engine[];
}

/**
 * The members' engine splits. One member: the given train/validation split. More: cross-fitting, i.e. all the
 * training engines (train + validation) cut into `folds` folds by engine, member m validated on fold m and
 * trained on the others, so the ensemble as a whole learns from every engine while each residual of the band
 * still comes from an engine its member never saw. `ensemble` < `folds` trains only the first members (cheaper).
 */
export function memberSplits(train: readonly Engine[], validation: readonly Engine[], config: Pick<RulConfig, "ensemble" | "folds">, seed: number): MemberSplit[] {
  if (config.ensemble <= 1) return [{ train, validation }];
  if (!Number.isInteger(config.folds) || config.folds < 2 || config.ensemble > config.folds) {
    throw new RangeError(`RUL config: an ensemble of ${config.ensemble} needs folds >= 2 and >= ensemble, got ${config.folds}`);
  }
  const pool = [...train, ...validation];
  if (pool.length < config.folds) throw new RangeError(`RUL training: ${pool.length} engines cannot be cut into ${config.folds} folds`);
  const order = createRng(seed).shuffle(pool.map((_, i) => i));
  const foldOf = new Int32Array(pool.length);
  order.forEach((engine, rank) => (foldOf[engine] = rank % config.folds));
  return Array.from({ length: config.ensemble }, (_, m) => ({
    train: pool.filter((_, i) => foldOf[i] !== m),
    validation: pool.filter((_, i) => foldOf[i] === m),
  }));
}
