// Physically meaningful features of one AI4I reading, from the process readings and the product type only.
// The failure-mode flags (TWF, HDF, PWF, OSF, RNF) never enter here: they are labels, not inputs.
import type { Ai4iData } from "@verticals/data";

const { PI } = Math;

/**
 * Overstrain limit (tool wear x torque, min·Nm) per product variant L, M, H, as Matzka (2020) documents the
 * process: a higher-quality variant tolerates more strain. Used as a scale, not as a rule.
 */
export const OVERSTRAIN_LIMIT = [11_000, 12_000, 13_000] as const;

export const FAILURE_FEATURES = [
  { key: "airK", label: "Air temperature", short: "Air temp.", unit: "K" },
  { key: "processK", label: "Process temperature", short: "Process temp.", unit: "K" },
  { key: "rpm", label: "Rotational speed", short: "Speed", unit: "rpm" },
  { key: "torqueNm", label: "Torque", short: "Torque", unit: "Nm" },
  { key: "toolWearMin", label: "Tool wear", short: "Tool wear", unit: "min" },
  { key: "type", label: "Product type (L=0, M=1, H=2)", short: "Product type", unit: "" },
  { key: "powerW", label: "Mechanical power (torque x angular speed)", short: "Power", unit: "W" },
  { key: "tempDiffK", label: "Process - air temperature", short: "Temp. difference", unit: "K" },
  { key: "strain", label: "Tool wear x torque", short: "Wear x torque", unit: "min·Nm" },
  { key: "strainRatio", label: "Strain / overstrain limit of the type", short: "Strain / limit", unit: "" },
] as const;
export const FEATURE_COUNT = FAILURE_FEATURES.length;

/** One reading as the API and the store see it. */
export interface ProcessReading {
  /** 0 = L, 1 = M, 2 = H */
  type: number;
  airK: number;
  processK: number;
  rpm: number;
  torqueNm: number;
  toolWearMin: number;
}

/** Writes the feature vector of one reading into `out` at `offset`. */
export function writeFeatures(r: ProcessReading, out: Float64Array, offset: number): void {
  const power = r.torqueNm * r.rpm * ((2 * PI) / 60);
  const strain = r.toolWearMin * r.torqueNm;
  const limit = OVERSTRAIN_LIMIT[r.type as 0 | 1 | 2] ?? OVERSTRAIN_LIMIT[0];
  out[offset] = r.airK;
  out[offset + 1] = r.processK;
  out[offset + 2] = r.rpm;
  out[offset + 3] = r.torqueNm;
  out[offset + 4] = r.toolWearMin;
  out[offset + 5] = r.type;
  out[offset + 6] = power;
  out[offset + 7] = r.processK - r.airK;
  out[offset + 8] = strain;
  out[offset + 9] = strain / limit;
}

/** Row-major feature matrix of many readings. */
export function featureMatrix(readings: readonly ProcessReading[]): Float64Array {
  const out = new Float64Array(readings.length * FEATURE_COUNT);
  readings.forEach((r, i) => writeFeatures(r, out, i * FEATURE_COUNT));
  return out;
}

/** The readings of an AI4I file, in row order. */
export function readingsOf(data: Ai4iData, rows?: ArrayLike<number>): ProcessReading[] {
  const f = data.features;
  const pick = rows ?? Int32Array.from({ length: data.rowCount }, (_, i) => i);
  return Array.from({ length: pick.length }, (_, k) => {
    const i = pick[k]!;
    return {
      type: data.type[i]!,
      airK: f.airTemperatureK[i]!,
      processK: f.processTemperatureK[i]!,
      rpm: f.rotationalSpeedRpm[i]!,
      torqueNm: f.torqueNm[i]!,
      toolWearMin: f.toolWearMin[i]!,
    };
  });
}
