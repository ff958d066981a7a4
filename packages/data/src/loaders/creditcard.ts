import { dirname } from "node:path";
import { flagCell, numberCell } from "../csv/cells";
import { expectHeader } from "../csv/expect-header";
import { readTable } from "../csv/read-table";
import { ColumnBuilder, estimateRows } from "../columns/column-builder";
import { readProvenance } from "../provenance/read-provenance";
import type { Provenance } from "../provenance/provenance-schema";
import type { LoadOptions } from "./load-options";
import { requireRows } from "./require-rows";
import { lineBytes, resolveInput } from "./resolve-input";

type PcaNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28;
/** Time, V1..V28 (PCA components), Amount. */
export type CreditcardFeature = "Time" | `V${PcaNumber}` | "Amount";
export const CREDITCARD_FEATURES: readonly CreditcardFeature[] = [
  "Time",
  ...Array.from({ length: 28 }, (_, i) => `V${i + 1}` as `V${PcaNumber}`),
  "Amount",
];
export const CREDITCARD_COLUMNS: readonly string[] = [...CREDITCARD_FEATURES, "Class"];

export interface CreditcardData {
  file: string;
  rowCount: number;
  /** Time, V1..V28, Amount: the 30 feature columns, in file order. */
  featureNames: readonly CreditcardFeature[];
  /** One Float64Array per feature, each of rowCount values. */
  columns: Record<CreditcardFeature, Float64Array>;
  /** Class: 1 = fraud, 0 = legitimate. */
  label: Uint8Array;
  /** Rows with Class = 1. */
  positiveCount: number;
  provenance: Provenance;
}

/**
 * Load a file with the ULB creditcard.csv schema (creditcard.csv, creditcard_test.csv, ...): the
 * header quoted or not, numbers as written by R or pandas ("69808.0"), Class as 0/1 or "0"/"1".
 */
export async function loadCreditcard(pathOrDir: string, options: LoadOptions = {}): Promise<CreditcardData> {
  const { file, bytes } = await resolveInput(pathOrDir, "creditcard.csv");
  const width = CREDITCARD_FEATURES.length;
  let builders: ColumnBuilder<Float64Array>[] | undefined;
  let labels: ColumnBuilder<Uint8Array> | undefined;
  let positives = 0;

  const summary = await readTable(
    file,
    { header: (fields, line) => expectHeader(file, line, fields, CREDITCARD_COLUMNS) },
    (fields, line) => {
      if (builders === undefined || labels === undefined) {
        const capacity = estimateRows(bytes, lineBytes(fields));
        builders = CREDITCARD_FEATURES.map(() => new ColumnBuilder(Float64Array, capacity));
        labels = new ColumnBuilder(Uint8Array, capacity);
      }
      for (let c = 0; c < width; c++) {
        builders[c]!.push(numberCell(fields[c]!, file, line, CREDITCARD_FEATURES[c]!));
      }
      const label = flagCell(fields[width]!, file, line, "Class");
      positives += label;
      labels.push(label);
    },
  );
  requireRows(file, summary.rows, summary.lines);

  const columns = {} as Record<CreditcardFeature, Float64Array>;
  CREDITCARD_FEATURES.forEach((name, c) => {
    columns[name] = builders ? builders[c]!.finish() : new Float64Array(0);
  });
  return {
    file,
    rowCount: summary.rows,
    featureNames: CREDITCARD_FEATURES,
    columns,
    label: labels ? labels.finish() : new Uint8Array(0),
    positiveCount: positives,
    provenance: options.provenance ?? (await readProvenance("creditcard", dirname(file))),
  };
}
