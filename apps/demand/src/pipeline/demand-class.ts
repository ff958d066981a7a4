// Syntetos-Boylan demand classes: how often an item sells (ADI, average interval between sales) and how much
// the sizes vary when it does (CV² of the non-zero quantities). The cut-offs 1.32 and 0.49 are theirs.
export const DEMAND_CLASSES = ["smooth", "erratic", "intermittent", "lumpy"] as const;
export type DemandClass = (typeof DEMAND_CLASSES)[number];

export const ADI_CUTOFF = 1.32;
export const CV2_CUTOFF = 0.49;

export interface DemandProfile {
  demandClass: DemandClass;
  /** Average days between sales, counted from the first sale. Infinity when it never sold. */
  adi: number;
  /** Squared coefficient of variation of the non-zero daily quantities. */
  cv2: number;
  /** Share of days without a sale since the first sale. */
  zeroShare: number;
}

/** Classifies y[0 .. end) (the history before the forecast origin); days before the first sale are ignored. */
export function demandProfile(y: ArrayLike<number>, end = y.length): DemandProfile {
  let first = 0;
  while (first < end && y[first] === 0) first++;
  let count = 0;
  let sum = 0;
  let sumSq = 0;
  for (let t = first; t < end; t++) {
    const v = y[t]!;
    if (v > 0) {
      count++;
      sum += v;
      sumSq += v * v;
    }
  }
  if (count === 0) return { demandClass: "lumpy", adi: Number.POSITIVE_INFINITY, cv2: 0, zeroShare: 1 };
  const span = end - first;
  const adi = span / count;
  const mean = sum / count;
  const cv2 = Math.max(0, sumSq / count - mean * mean) / (mean * mean);
  const frequent = adi < ADI_CUTOFF;
  const steady = cv2 < CV2_CUTOFF;
  const demandClass: DemandClass = frequent ? (steady ? "smooth" : "erratic") : steady ? "intermittent" : "lumpy";
  return { demandClass, adi, cv2, zeroShare: 1 - count / span };
}

/** True for the classes where most days sell nothing (Croston/TSB territory). */
export function isIntermittentClass(demandClass: DemandClass): boolean {
  return demandClass === "intermittent" || demandClass === "lumpy";
}
