// A calibrator as plain JSON-safe data ({ kind, params }) so it can be stored next to a model
// artifact and re-applied by any process: fit once on a held-out set, apply to live scores.
import { z } from "zod";
import { assertBinaryLabels } from "../metrics/validate";
import { applyIsotonic, fitIsotonic, type IsotonicParams } from "./isotonic";
import { applyPlatt, fitPlatt, type PlattOptions, type PlattParams } from "./platt";

export type Calibrator = { kind: "platt"; params: PlattParams } | { kind: "isotonic"; params: IsotonicParams };
export type CalibratorKind = Calibrator["kind"];

/**
 * Fit a calibrator on held-out scores (logits or raw scores for Platt; anything monotone for
 * isotonic) and their 0/1 labels. Never fit on the model's own training data.
 */
export function fitCalibrator(kind: CalibratorKind, scores: ArrayLike<number>, labels: ArrayLike<number>, options: PlattOptions = {}): Calibrator {
  if (kind === "platt") return { kind, params: fitPlatt(scores, labels, options) };
  if (kind === "isotonic") {
    assertBinaryLabels("labels", labels);
    return { kind, params: fitIsotonic(scores, labels) };
  }
  throw new RangeError(`calibrator kind "${String(kind)}": expected "platt" or "isotonic"`);
}

/** Calibrated probabilities of class 1, one per score. */
export function applyCalibrator(calibrator: Calibrator, scores: ArrayLike<number>): Float64Array {
  switch (calibrator.kind) {
    case "platt":
      return applyPlatt(calibrator.params, scores);
    case "isotonic":
      return applyIsotonic(calibrator.params, scores);
  }
}

const finite = z.number().refine(Number.isFinite, "expected a finite number");
const calibratorSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("platt"), params: z.object({ slope: finite, intercept: finite }) }),
  z.object({
    kind: z.literal("isotonic"),
    params: z
      .object({ x: z.array(finite).min(1), y: z.array(finite).min(1) })
      .refine((p) => p.x.length === p.y.length, "x and y must have the same length")
      .refine((p) => p.x.every((v, i) => i === 0 || v > p.x[i - 1]!), "x must be strictly increasing")
      .refine((p) => p.y.every((v, i) => i === 0 || v >= p.y[i - 1]!), "y must be non-decreasing"),
  }),
]);

/** Validate parsed JSON (e.g. read from a model artifact) as a Calibrator; `source` names it in errors. */
export function parseCalibrator(value: unknown, source = "calibrator"): Calibrator {
  const result = calibratorSchema.safeParse(value);
  if (!result.success) throw new TypeError(`${source} is not a valid calibrator:\n${z.prettifyError(result.error)}`);
  return result.data;
}
