import { dirname } from "node:path";
import { cellError, flagCell, integerCell, numberCell } from "../csv/cells";
import { expectHeader } from "../csv/expect-header";
import { readTable } from "../csv/read-table";
import { ColumnBuilder, estimateRows } from "../columns/column-builder";
import { DataFormatError } from "../errors/data-format-error";
import { readProvenance } from "../provenance/read-provenance";
import type { Provenance } from "../provenance/provenance-schema";
import type { LoadOptions } from "./load-options";
import { requireRows } from "./require-rows";
import { lineBytes, resolveInput } from "./resolve-input";

export const AI4I_COLUMNS = [
  "UDI",
  "Product ID",
  "Type",
  "Air temperature [K]",
  "Process temperature [K]",
  "Rotational speed [rpm]",
  "Torque [Nm]",
  "Tool wear [min]",
  "Machine failure",
  "TWF",
  "HDF",
  "PWF",
  "OSF",
  "RNF",
] as const;

/** The five numeric process variables: key in `features`, header name, unit. */
export const AI4I_FEATURES = [
  { key: "airTemperatureK", column: "Air temperature [K]", unit: "K" },
  { key: "processTemperatureK", column: "Process temperature [K]", unit: "K" },
  { key: "rotationalSpeedRpm", column: "Rotational speed [rpm]", unit: "rpm" },
  { key: "torqueNm", column: "Torque [Nm]", unit: "Nm" },
  { key: "toolWearMin", column: "Tool wear [min]", unit: "min" },
] as const;
export type Ai4iFeature = (typeof AI4I_FEATURES)[number]["key"];

/** Failure modes: tool wear, heat dissipation, power, overstrain, random failure. */
export const AI4I_FAILURE_MODES = ["TWF", "HDF", "PWF", "OSF", "RNF"] as const;
export type Ai4iFailureMode = (typeof AI4I_FAILURE_MODES)[number];

/** Product quality variants, coded 0, 1, 2 in `type`. */
export const AI4I_TYPES = ["L", "M", "H"] as const;

export interface Ai4iData {
  file: string;
  rowCount: number;
  udi: Int32Array;
  productId: string[];
  /** 0 = L (low), 1 = M (medium), 2 = H (high quality variant); see AI4I_TYPES. */
  type: Uint8Array;
  features: Record<Ai4iFeature, Float64Array>;
  machineFailure: Uint8Array;
  failureModes: Record<Ai4iFailureMode, Uint8Array>;
  failureCount: number;
  provenance: Provenance;
}

/** Some copies drop the unit suffix ("Air temperature"); any other unit would change the numbers' meaning. */
function sameColumnWithoutUnit(expected: string, actual: string): boolean {
  const bare = expected.replace(/\s*\[[^\]]*\]$/, "");
  return bare !== expected && actual === bare;
}

/** Load AI4I 2020 (`ai4i2020.csv` or any file of the same 14-column schema). */
export async function loadAi4i2020(pathOrDir: string, options: LoadOptions = {}): Promise<Ai4iData> {
  const { file, bytes } = await resolveInput(pathOrDir, "ai4i2020.csv");
  let udi: ColumnBuilder<Int32Array> | undefined;
  let type: ColumnBuilder<Uint8Array> | undefined;
  let features: ColumnBuilder<Float64Array>[] = [];
  let flags: ColumnBuilder<Uint8Array>[] = [];
  const productId: string[] = [];
  const seenUdi = new Map<number, number>();
  let failures = 0;

  const summary = await readTable(
    file,
    { header: (fields, line) => expectHeader(file, line, fields, AI4I_COLUMNS, sameColumnWithoutUnit) },
    (fields, line) => {
      if (udi === undefined || type === undefined) {
        const capacity = estimateRows(bytes, lineBytes(fields));
        udi = new ColumnBuilder(Int32Array, capacity);
        type = new ColumnBuilder(Uint8Array, capacity);
        features = AI4I_FEATURES.map(() => new ColumnBuilder(Float64Array, capacity));
        flags = [0, 1, 2, 3, 4, 5].map(() => new ColumnBuilder(Uint8Array, capacity));
      }
      const id = integerCell(fields[0]!, file, line, "UDI", { min: 1 });
      const previous = seenUdi.get(id);
      if (previous !== undefined) {
        throw new DataFormatError({ file, line, column: "UDI", expected: `a unique id (${id} is already on line ${previous})`, actual: fields[0]! });
      }
      seenUdi.set(id, line);
      udi.push(id);

      const variant = fields[2]!.trim();
      const code = (AI4I_TYPES as readonly string[]).indexOf(variant);
      if (code < 0) throw cellError(file, line, "Type", "L, M or H", fields[2]!);
      type.push(code);
      // Product IDs carry the variant letter then a serial number (M14860); a mismatch means shifted columns.
      const product = fields[1]!.trim();
      if (!/^[LMH]\d+$/.test(product) || product[0] !== variant) {
        throw cellError(file, line, "Product ID", `the variant letter ${variant} followed by a serial number`, fields[1]!);
      }
      productId.push(product);

      for (let k = 0; k < AI4I_FEATURES.length; k++) {
        features[k]!.push(numberCell(fields[3 + k]!, file, line, AI4I_COLUMNS[3 + k]!));
      }
      for (let k = 0; k < 6; k++) {
        const flag = flagCell(fields[8 + k]!, file, line, AI4I_COLUMNS[8 + k]!);
        flags[k]!.push(flag);
        if (k === 0) failures += flag;
      }
    },
  );
  requireRows(file, summary.rows, summary.lines);

  const featureColumns = {} as Record<Ai4iFeature, Float64Array>;
  AI4I_FEATURES.forEach((f, k) => (featureColumns[f.key] = features[k]!.finish()));
  const failureModes = {} as Record<Ai4iFailureMode, Uint8Array>;
  AI4I_FAILURE_MODES.forEach((m, k) => (failureModes[m] = flags[k + 1]!.finish()));
  return {
    file,
    rowCount: summary.rows,
    udi: udi!.finish(),
    productId,
    type: type!.finish(),
    features: featureColumns,
    machineFailure: flags[0]!.finish(),
    failureModes,
    failureCount: failures,
    provenance: options.provenance ?? (await readProvenance("ai4i2020", dirname(file))),
  };
}
