// An engine's history: one row of 24 measurements (3 operational settings, 21 sensors) per cycle, in C-MAPSS
// column order. No @verticals/data import here: the dashboard's server code uses this file too.

export const MEASUREMENT_COUNT = 24;

export interface Engine {
  unit: number;
  /** Cycle number of the first row (1 in NASA's files). */
  firstCycle: number;
  /** Row-major cycles x 24: op_setting_1..3, sensor_1..21. */
  values: Float64Array;
  cycles: number;
}

/** Column of sensor k (1-based) in an engine's row. */
export const sensorColumn = (k: number): number => 2 + k;

/** The first `cycles` cycles of an engine (a trajectory cut short, like the official test). */
export function truncate(engine: Engine, cycles: number): Engine {
  if (cycles < 1 || cycles > engine.cycles) throw new RangeError(`truncate: engine ${engine.unit} has ${engine.cycles} cycles, cannot keep ${cycles}`);
  return { ...engine, cycles, values: engine.values.slice(0, cycles * MEASUREMENT_COUNT) };
}
