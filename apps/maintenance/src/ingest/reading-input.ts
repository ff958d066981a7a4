// One reading to ingest, whatever format it came in: the asset (by id or C-MAPSS unit number), the cycle and the
// 24 measurements in C-MAPSS order (3 operational settings, sensors 1..21).
export interface ReadingInput {
  /** 1-based position in the upload (CSV data row or JSON array index + 1). */
  row: number;
  /** CSV line, when the input was text. */
  line?: number;
  assetId?: string;
  unit?: number;
  cycle: number;
  values: number[];
}

export const MEASUREMENT_NAMES = ["op_setting_1", "op_setting_2", "op_setting_3", ...Array.from({ length: 21 }, (_, i) => `sensor_${i + 1}`)];
export const CSV_COLUMNS = ["unit", "cycle", ...MEASUREMENT_NAMES];

/** Most readings one request may carry (a whole C-MAPSS training file has 20,631). */
export const MAX_READINGS = 25_000;
/**
 * Largest magnitude accepted for a measurement, a unit or a cycle. C-MAPSS values stay below 10,000; a bound
 * keeps a typo like 1e400 (Infinity) or 1e39 (beyond the network's float32 inputs) a 422 naming the cell,
 * instead of a NaN forecast or a database error.
 */
export const MAX_ABS_VALUE = 1_000_000;
