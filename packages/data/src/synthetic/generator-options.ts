/** Options every synthetic generator takes. */
export interface SyntheticOptions {
  /** Seed of all randomness (a safe integer): the same seed and options give byte-identical files. */
  seed: number;
  /** Dataset size in the generator's natural unit (rows, engines, training images, days); each documents its own. */
  size?: number;
}

/** What a generator reports back: its folder and the data files it wrote (absolute paths). */
export interface SyntheticResult {
  dir: string;
  files: string[];
}

export function checkSeed(seed: number): number {
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  return seed;
}

export function positiveInteger(value: number | undefined, fallback: number, what: string): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v <= 0) throw new Error(`${what} must be a positive integer, got ${value}`);
  return v;
}
