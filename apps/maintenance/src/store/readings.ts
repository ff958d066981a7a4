// Readings as the store keeps them (one column per setting and sensor) and as the RUL model reads them
// (an Engine: 24 measurements per cycle in C-MAPSS order).
import { MEASUREMENT_COUNT, type Engine } from "../pipeline/rul/engines";

export const SETTING_FIELDS = ["setting1", "setting2", "setting3"] as const;
export const SENSOR_FIELDS = ["sensor1", "sensor2", "sensor3", "sensor4", "sensor5", "sensor6", "sensor7", "sensor8", "sensor9", "sensor10", "sensor11", "sensor12", "sensor13", "sensor14", "sensor15", "sensor16", "sensor17", "sensor18", "sensor19", "sensor20", "sensor21"] as const;
/** Store columns in C-MAPSS order: 3 settings, then sensors 1..21. */
export const MEASUREMENT_FIELDS = [...SETTING_FIELDS, ...SENSOR_FIELDS] as const;
export type MeasurementField = (typeof MEASUREMENT_FIELDS)[number];

export type ReadingValues = Record<MeasurementField, number>;

export function toReadingValues(values: ArrayLike<number>, offset = 0): ReadingValues {
  const out = {} as ReadingValues;
  MEASUREMENT_FIELDS.forEach((field, m) => (out[field] = values[offset + m]!));
  return out;
}

export function engineFromReadings(unit: number, readings: ReadonlyArray<{ cycle: number } & ReadingValues>): Engine {
  const sorted = readings.slice().sort((a, b) => a.cycle - b.cycle);
  const values = new Float64Array(sorted.length * MEASUREMENT_COUNT);
  sorted.forEach((r, t) => MEASUREMENT_FIELDS.forEach((field, m) => (values[t * MEASUREMENT_COUNT + m] = r[field]!)));
  return { unit, firstCycle: sorted[0]?.cycle ?? 1, values, cycles: sorted.length };
}
