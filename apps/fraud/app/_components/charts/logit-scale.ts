// A probability axis spaced by log-odds: 0.1% and 1% are as far apart as 50% and 91%, so both the mass of
// legitimate scores near zero and the frauds near one stay readable.
import { logit, LOGIT_RANGE } from "../../../src/pipeline/log-odds";

export const [LOGIT_MIN, LOGIT_MAX] = LOGIT_RANGE;
export const PROBABILITY_TICKS = [0.0001, 0.001, 0.01, 0.05, 0.2, 0.5, 0.8, 0.95, 0.99, 0.999, 0.9999];

const clampP = (p: number) => Math.min(1 - 1e-9, Math.max(1e-9, p));
export const toLogit = (p: number) => logit(clampP(p));

export function logitScale(x0: number, x1: number): (p: number) => number {
  return (p) => {
    const z = Math.min(LOGIT_MAX, Math.max(LOGIT_MIN, toLogit(p)));
    return x0 + ((z - LOGIT_MIN) / (LOGIT_MAX - LOGIT_MIN)) * (x1 - x0);
  };
}

export function tickLabel(p: number): string {
  const percent = p * 100;
  if (percent < 0.1 || percent > 99.9) return `${percent.toFixed(2)}%`;
  return `${percent < 1 || percent > 99 ? percent.toFixed(1) : percent.toFixed(0)}%`;
}
