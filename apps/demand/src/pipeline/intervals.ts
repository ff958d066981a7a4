// From expected units to a predictive distribution. Daily demand of an item in a store is a count with more
// spread than Poisson, so each day is a negative binomial NB(mean, alpha). The network proposes alpha per day;
// on days it had not seen (the calibration window) one factor per demand class rescales it by maximum likelihood,
// so an intermittent product gets the wide, zero-heavy distribution it really has and a smooth one a tight band.
// The same fit on k-day sums gives the lead-time demand used for orders, and on summed series the bands of every
// hierarchy total.
import type { DemandClass } from "./demand-class";
import { DEMAND_CLASSES } from "./demand-class";
import { negBinLogPmf } from "./distributions";

const { exp, log, max } = Math;

/** Candidate dispersions: log-spaced from ~0.001 (near Poisson) to ~8. */
export const ALPHA_GRID = Array.from({ length: 61 }, (_, k) => exp(-7 + k * 0.15));

export interface Observation {
  mean: number;
  actual: number;
}

/** The alpha in ALPHA_GRID maximising the NB likelihood of the observations (Poisson-like 0.001 when empty). */
export function fitDispersion(observations: readonly Observation[]): number {
  if (observations.length === 0) return ALPHA_GRID[0]!;
  const logLik = new Float64Array(ALPHA_GRID.length);
  for (const { mean, actual } of observations) {
    const mu = max(mean, 1e-3);
    for (let k = 0; k < ALPHA_GRID.length; k++) logLik[k] = logLik[k]! + negBinLogPmf(actual, mu, ALPHA_GRID[k]!);
  }
  let best = 0;
  for (let k = 1; k < ALPHA_GRID.length; k++) if (logLik[k]! > logLik[best]!) best = k;
  return ALPHA_GRID[best]!;
}

export interface Dispersion {
  /** Per demand class, the factor applied to the network's own per-day dispersion (fitted on the calibration window). */
  factor: Record<DemandClass, number>;
  /** Typical calibrated daily dispersion per class (geometric mean over the calibration window), for display. */
  daily: Record<DemandClass, number>;
  /** sums[c][k - 1]: alpha of the demand summed over the first k days ahead, per class (k = 1 .. horizon). */
  sums: Record<DemandClass, number[]>;
}

export interface CalibrationInput {
  /** Forecast means of each series over the calibration window (days origin .. origin + horizon). */
  means: readonly ArrayLike<number>[];
  /** The network's own dispersion for the same days. */
  alphas: readonly ArrayLike<number>[];
  /** What each series sold on those days. */
  actuals: readonly ArrayLike<number>[];
  classes: readonly DemandClass[];
  horizon: number;
  /** Days ahead (from 0) to learn from; e.g. not Christmas, when stores close. Default: every day. */
  useDay?: (h: number) => boolean;
}

/** Candidate factors on the network's dispersion: log-spaced from 0.14 to 7.4. */
export const FACTOR_GRID = Array.from({ length: 41 }, (_, k) => exp(-2 + k * 0.1));

/**
 * Per demand class, the factor k maximising the NB likelihood of what sold with dispersion k x (network's alpha),
 * using the days h (from 0) that `useDay` accepts. A class with no series gets the pooled factor.
 */
export function fitDispersionFactors(input: CalibrationInput, only: (h: number) => boolean = () => true): Record<DemandClass, number> {
  const { means, alphas, actuals, classes, horizon } = input;
  const useDay = (h: number) => only(h) && (input.useDay?.(h) ?? true);
  const fit = (members: number[]): number => {
    const logLik = new Float64Array(FACTOR_GRID.length);
    for (const i of members) {
      for (let h = 0; h < horizon; h++) {
        if (!useDay(h)) continue;
        const mu = max(means[i]![h]!, 1e-3);
        const a = alphas[i]![h]!;
        const y = actuals[i]![h]!;
        for (let k = 0; k < FACTOR_GRID.length; k++) logLik[k] = logLik[k]! + negBinLogPmf(y, mu, max(FACTOR_GRID[k]! * a, 1e-6));
      }
    }
    let best = 0;
    for (let k = 1; k < FACTOR_GRID.length; k++) if (logLik[k]! > logLik[best]!) best = k;
    return FACTOR_GRID[best]!;
  };
  const all = classes.map((_, i) => i);
  const pooled = fit(all);
  return Object.fromEntries(
    DEMAND_CLASSES.map((c) => {
      const members = all.filter((i) => classes[i] === c);
      return [c, members.length > 0 ? fit(members) : pooled];
    }),
  ) as Record<DemandClass, number>;
}

/** Factors per class, typical daily dispersion per class, and k-day-sum dispersions per class. */
export function fitDispersionByClass(input: CalibrationInput): Dispersion {
  const { means, alphas, actuals, classes, horizon } = input;
  const factor = fitDispersionFactors(input);
  const daily = Object.fromEntries(
    DEMAND_CLASSES.map((c) => {
      const useDay = input.useDay ?? (() => true);
      const values = classes.flatMap((cls, i) => (cls === c ? Array.from({ length: horizon }, (_, h) => h).filter(useDay).map((h) => factor[c] * alphas[i]![h]!) : []));
      return [c, values.length > 0 ? geometricMean(values) : factor[c]];
    }),
  ) as Record<DemandClass, number>;
  const sums = Object.fromEntries(
    DEMAND_CLASSES.map((c) => {
      const members = classes.flatMap((cls, i) => (cls === c ? [i] : []));
      const chosen = members.length > 0 ? members : classes.map((_, i) => i);
      return [c, Array.from({ length: horizon }, (_, k) => fitDispersion(chosen.map((i) => sumObservation(means[i]!, actuals[i]!, k + 1, input.useDay))))];
    }),
  ) as Record<DemandClass, number[]>;
  return { factor, daily, sums };
}

function sumObservation(mean: ArrayLike<number>, actual: ArrayLike<number>, days: number, useDay: (h: number) => boolean = () => true): Observation {
  let m = 0;
  let a = 0;
  for (let h = 0; h < days; h++) {
    if (!useDay(h)) continue;
    m += mean[h]!;
    a += actual[h]!;
  }
  return { mean: m, actual: a };
}

/** Alpha for a k-day sum; beyond the fitted range the last value is used. */
export function sumDispersion(dispersion: Dispersion, demandClass: DemandClass, days: number): number {
  const list = dispersion.sums[demandClass];
  return list[Math.min(list.length, Math.max(1, days)) - 1]!;
}

/** Geometric mean, for summaries. */
export function geometricMean(values: readonly number[]): number {
  return exp(values.reduce((sum, v) => sum + log(v), 0) / values.length);
}
