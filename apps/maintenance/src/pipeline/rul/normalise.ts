// Z-score normalisation of the sensors the RUL model reads, fitted on training engines only. Optional channels:
// each sensor's change from the engine's own early-life level (engines leave the factory with different
// offsets; the change is the wear), and the engine's age (its cycle number), scaled by the training engines' mean life.
import { RUL_SENSORS } from "../config";
import { MEASUREMENT_COUNT, sensorColumn, type Engine } from "./engines";

const { sqrt } = Math;

export interface SensorNormalisation {
  sensors: number[];
  mean: number[];
  std: number[];
  /** Cycles that map to 1 on the age channel; null: no age channel. */
  ageScale: number | null;
  /**
   * First cycles of an engine whose mean is its own baseline; each sensor's change from it is one more channel.
   * Causal: at cycle t the baseline is the mean of cycles 1..min(t, baseline). 0 or absent: no such channels.
   */
  baselineCycles?: number;
}

/** Channels of the network's input: the sensors, plus the age when it is used. */
export const inputFeatures = (norm: SensorNormalisation): number => norm.sensors.length * (norm.baselineCycles ? 2 : 1) + (norm.ageScale ? 1 : 0);

export function fitNormalisation(engines: readonly Engine[], options: { sensors?: readonly number[]; age?: boolean; baselineCycles?: number } = {}): SensorNormalisation {
  const sensors = options.sensors ?? RUL_SENSORS;
  const cols = sensors.map(sensorColumn);
  const sum = new Float64Array(cols.length);
  const sumSq = new Float64Array(cols.length);
  let n = 0;
  for (const e of engines) {
    for (let t = 0; t < e.cycles; t++) {
      for (let j = 0; j < cols.length; j++) {
        const v = e.values[t * MEASUREMENT_COUNT + cols[j]!]!;
        sum[j] = sum[j]! + v;
        sumSq[j] = sumSq[j]! + v * v;
      }
    }
    n += e.cycles;
  }
  if (n === 0) throw new RangeError("fitNormalisation: no cycles to fit on");
  const mean = Array.from(sum, (s) => s / n);
  // A flat sensor keeps scale 1, so it normalises to 0 instead of dividing by zero.
  const std = Array.from(sumSq, (s, j) => {
    const variance = s / n - mean[j]! * mean[j]!;
    return variance > 1e-12 ? sqrt(variance) : 1;
  });
  const meanLife = engines.reduce((s, e) => s + e.firstCycle + e.cycles - 1, 0) / engines.length;
  return { sensors: [...sensors], mean, std, ageScale: options.age ? meanLife : null, ...(options.baselineCycles ? { baselineCycles: options.baselineCycles } : {}) };
}

/**
 * Normalised model input of an engine's cycles: row-major cycles x channels (sensors, then their change from the
 * engine's baseline if used, then the age if used).
 */
export function normaliseEngine(engine: Engine, norm: SensorNormalisation): Float32Array {
  const S = norm.sensors.length;
  const F = inputFeatures(norm);
  const B = norm.baselineCycles ?? 0;
  const ageAt = S * (B ? 2 : 1);
  const cols = norm.sensors.map(sensorColumn);
  const out = new Float32Array(engine.cycles * F);
  const baseSum = new Float64Array(S);
  for (let t = 0; t < engine.cycles; t++) {
    for (let j = 0; j < S; j++) out[t * F + j] = (engine.values[t * MEASUREMENT_COUNT + cols[j]!]! - norm.mean[j]!) / norm.std[j]!;
    if (B) {
      const n = Math.min(t + 1, B);
      for (let j = 0; j < S; j++) {
        if (t < B) baseSum[j] = baseSum[j]! + out[t * F + j]!;
        out[t * F + S + j] = out[t * F + j]! - baseSum[j]! / n;
      }
    }
    if (norm.ageScale) out[t * F + ageAt] = (engine.firstCycle + t) / norm.ageScale;
  }
  return out;
}
