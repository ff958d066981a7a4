import { dirname } from "node:path";
import { integerCell } from "../csv/cells";
import { readTable } from "../csv/read-table";
import { readProvenance } from "../provenance/read-provenance";
import type { Provenance } from "../provenance/provenance-schema";
import type { LoadOptions } from "./load-options";
import { requireRows } from "./require-rows";

/** Load `RUL_FD00x.txt`: the true remaining useful life of each test unit, one integer per line. */
export async function loadCmapssRul(
  file: string,
  options: LoadOptions = {},
): Promise<{ file: string; rul: Int32Array; provenance: Provenance }> {
  const values: number[] = [];
  const summary = await readTable(file, { separator: "whitespace", columns: ["RUL"] }, (fields, line) => {
    values.push(integerCell(fields[0]!, file, line, "RUL", { min: 0, columnNumber: 1 }));
  });
  requireRows(file, summary.rows, summary.lines);
  return {
    file,
    rul: Int32Array.from(values),
    provenance: options.provenance ?? (await readProvenance("cmapss", dirname(file))),
  };
}
