// A seeded random split into train / validation / test rows. Validation picks the epoch (early stopping);
// test is touched once, for the figures the card, the store and `evaluate` report.
import { createRng } from "@verticals/core";

export interface Split {
  train: Int32Array;
  validation: Int32Array;
  test: Int32Array;
  description: string;
}

export const VALIDATION_SHARE = 0.15;
export const TEST_SHARE = 0.15;

export function splitRows(rows: number, seed: number): Split {
  const order = createRng(seed).permutation(rows);
  const test = Math.round(rows * TEST_SHARE);
  const validation = Math.round(rows * VALIDATION_SHARE);
  return {
    test: order.slice(0, test),
    validation: order.slice(test, test + validation),
    train: order.slice(test + validation),
    description: `random split with seed ${seed}: ${Math.round((1 - TEST_SHARE - VALIDATION_SHARE) * 100)}% train, ${Math.round(VALIDATION_SHARE * 100)}% validation (early stopping), ${Math.round(TEST_SHARE * 100)}% held-out test`,
  };
}
