// Stratified, seeded splits: every part keeps the file's fraud rate, and the same seed gives the same rows.
import { createRng } from "@verticals/core";

export interface SplitIndices {
  train: Int32Array;
  validation: Int32Array;
  /** Empty when the test rows come from elsewhere (creditcard_test.csv). */
  test: Int32Array;
}

/**
 * Shuffles each class with the seeded generator and deals it out by the given fractions (the rest is
 * training). Each part's indices are returned in file order, so time-ordered files stay time-ordered.
 */
export function stratifiedSplit(labels: Uint8Array, fractions: { validation: number; test: number }, seed: number): SplitIndices {
  const { validation, test } = fractions;
  if (!(validation > 0 && test >= 0 && validation + test < 1)) {
    throw new RangeError(`split fractions must satisfy validation > 0, test >= 0, validation + test < 1; got ${validation} and ${test}`);
  }
  const rng = createRng(seed);
  const parts = { train: [] as number[], validation: [] as number[], test: [] as number[] };
  for (const label of [0, 1]) {
    const members: number[] = [];
    for (let i = 0; i < labels.length; i++) if (labels[i] === label) members.push(i);
    rng.shuffle(members);
    const nTest = Math.round(members.length * test);
    const nValidation = Math.round(members.length * validation);
    parts.test.push(...members.slice(0, nTest));
    parts.validation.push(...members.slice(nTest, nTest + nValidation));
    parts.train.push(...members.slice(nTest + nValidation));
  }
  const sorted = (values: number[]) => Int32Array.from(values.sort((a, b) => a - b));
  return { train: sorted(parts.train), validation: sorted(parts.validation), test: sorted(parts.test) };
}

/**
 * Fold number (0..k-1) of every row: each class is shuffled with the seeded generator and dealt out in turn,
 * so every fold keeps the fraud rate.
 */
export function stratifiedFolds(labels: Uint8Array, k: number, seed: number): Uint8Array {
  if (!Number.isInteger(k) || k < 2 || k > 255) throw new RangeError(`folds must be an integer from 2 to 255, got ${k}`);
  const rng = createRng(seed);
  const folds = new Uint8Array(labels.length);
  let next = 0;
  for (const label of [0, 1]) {
    const members: number[] = [];
    for (let i = 0; i < labels.length; i++) if (labels[i] === label) members.push(i);
    rng.shuffle(members);
    // Continue the round-robin across classes so small folds do not all start with the same class count.
    for (const index of members) folds[index] = next++ % k;
  }
  return folds;
}
