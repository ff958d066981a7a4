import { dirname } from "node:path";
import { integerCell, numberCell } from "../csv/cells";
import { readTable } from "../csv/read-table";
import { ColumnBuilder, estimateRows } from "../columns/column-builder";
import { DataFormatError } from "../errors/data-format-error";
import { readProvenance } from "../provenance/read-provenance";
import type { Provenance } from "../provenance/provenance-schema";
import type { LoadOptions } from "./load-options";
import { requireRows } from "./require-rows";
import { lineBytes, resolveInput } from "./resolve-input";

/** The 24 measurements after unit and cycle. NASA's readme numbers them only; these names are the usual ones. */
type SensorNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21;
export type CmapssMeasurement = `op_setting_${1 | 2 | 3}` | `sensor_${SensorNumber}`;
export const CMAPSS_MEASUREMENTS: readonly CmapssMeasurement[] = [
  "op_setting_1",
  "op_setting_2",
  "op_setting_3",
  ...Array.from({ length: 21 }, (_, i) => `sensor_${i + 1}` as `sensor_${SensorNumber}`),
];
export const CMAPSS_COLUMNS: readonly string[] = ["unit", "cycle", ...CMAPSS_MEASUREMENTS];

export interface CmapssTrajectories {
  file: string;
  rowCount: number;
  /** Engine id of each row. */
  unit: Int32Array;
  /** Cycle of each row; within a unit 1, 2, 3, ... (first cycle as in the file, then +1). */
  cycle: Int32Array;
  /** op_setting_1..3, sensor_1..21: one Float64Array of rowCount values each. */
  columns: Record<CmapssMeasurement, Float64Array>;
  /** Units in file order: id, first row, number of rows (= cycles). Rows of a unit are contiguous. */
  units: { id: Int32Array; start: Int32Array; length: Int32Array };
  provenance: Provenance;
}

/**
 * Load a C-MAPSS trajectory file (`train_FD00x.txt` or `test_FD00x.txt`): 26 space-separated
 * columns, no header, trailing spaces. Checks that each unit's rows are contiguous and its cycles
 * increase by exactly 1.
 */
export async function loadCmapssTrajectories(pathOrDir: string, options: LoadOptions = {}): Promise<CmapssTrajectories> {
  const { file, bytes } = await resolveInput(pathOrDir, "train_FD001.txt");
  let unit: ColumnBuilder<Int32Array> | undefined;
  let cycle: ColumnBuilder<Int32Array> | undefined;
  let measures: ColumnBuilder<Float64Array>[] = [];
  const unitIds: number[] = [];
  const unitStarts: number[] = [];
  const unitFirstLine = new Map<number, number>();
  let currentUnit = -1;
  let lastCycle = 0;
  let row = 0;

  const summary = await readTable(file, { separator: "whitespace", columns: CMAPSS_COLUMNS }, (fields, line) => {
    if (unit === undefined || cycle === undefined) {
      const capacity = estimateRows(bytes, lineBytes(fields) + 2);
      unit = new ColumnBuilder(Int32Array, capacity);
      cycle = new ColumnBuilder(Int32Array, capacity);
      measures = CMAPSS_MEASUREMENTS.map(() => new ColumnBuilder(Float64Array, capacity));
    }
    const u = integerCell(fields[0]!, file, line, "unit", { min: 1, columnNumber: 1 });
    const c = integerCell(fields[1]!, file, line, "cycle", { min: 1, columnNumber: 2 });
    if (u !== currentUnit) {
      const seen = unitFirstLine.get(u);
      if (seen !== undefined) {
        throw new DataFormatError({
          file,
          line,
          column: "unit",
          columnNumber: 1,
          expected: `a new unit (rows of unit ${u} started on line ${seen} and were followed by unit ${currentUnit}: units must be contiguous)`,
          actual: fields[0]!,
        });
      }
      unitFirstLine.set(u, line);
      unitIds.push(u);
      unitStarts.push(row);
      currentUnit = u;
    } else if (c !== lastCycle + 1) {
      throw new DataFormatError({
        file,
        line,
        column: "cycle",
        columnNumber: 2,
        expected: `cycle ${lastCycle + 1} (unit ${u}'s cycles increase by 1)`,
        actual: fields[1]!,
      });
    }
    lastCycle = c;
    unit.push(u);
    cycle.push(c);
    for (let k = 0; k < CMAPSS_MEASUREMENTS.length; k++) {
      measures[k]!.push(numberCell(fields[2 + k]!, file, line, CMAPSS_MEASUREMENTS[k]!, 3 + k));
    }
    row++;
  });
  requireRows(file, summary.rows, summary.lines);

  const columns = {} as Record<CmapssMeasurement, Float64Array>;
  CMAPSS_MEASUREMENTS.forEach((name, k) => (columns[name] = measures[k]!.finish()));
  const start = Int32Array.from(unitStarts);
  const length = start.map((s, i) => (i + 1 < start.length ? start[i + 1]! : row) - s);
  return {
    file,
    rowCount: row,
    unit: unit!.finish(),
    cycle: cycle!.finish(),
    columns,
    units: { id: Int32Array.from(unitIds), start, length },
    provenance: options.provenance ?? (await readProvenance("cmapss", dirname(file))),
  };
}
