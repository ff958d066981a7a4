// The transaction as the ULB creditcard.csv describes it: Time, V1..V28 (PCA components), Amount.
// Everything downstream (features, API, store, export) names fields through these constants. They are
// spelled out here rather than imported from @verticals/data so the web server's bundle does not pull in
// the data package's file-system code (a test checks both lists agree).
import type { CreditcardFeature } from "@verticals/data";

export type InputField = CreditcardFeature;
/** Time, V1..V28, Amount: the fields every scored transaction carries, in creditcard.csv order. */
export const INPUT_FIELDS: readonly InputField[] = ["Time", ...Array.from({ length: 28 }, (_, i) => `V${i + 1}` as InputField), "Amount"];
export const PCA_FIELDS = INPUT_FIELDS.filter((name) => /^V\d+$/.test(name)) as readonly InputField[];

/** One transaction, one number per input field. */
export type Transaction = Record<InputField, number>;

/** Transactions column by column (what the loader returns and what the model reads fast). */
export interface TransactionColumns {
  rows: number;
  columns: Record<InputField, Float64Array>;
}

export function columnsFromRows(rows: readonly Transaction[]): TransactionColumns {
  const columns = {} as Record<InputField, Float64Array>;
  for (const field of INPUT_FIELDS) {
    const column = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) column[i] = rows[i]![field];
    columns[field] = column;
  }
  return { rows: rows.length, columns };
}

export function rowAt(data: TransactionColumns, index: number): Transaction {
  const row = {} as Transaction;
  for (const field of INPUT_FIELDS) row[field] = data.columns[field][index]!;
  return row;
}

/** The rows at `indices`, as columns (e.g. one split of a dataset). */
export function takeRows(data: TransactionColumns, indices: ArrayLike<number>): TransactionColumns {
  const columns = {} as Record<InputField, Float64Array>;
  for (const field of INPUT_FIELDS) {
    const source = data.columns[field];
    const column = new Float64Array(indices.length);
    for (let i = 0; i < indices.length; i++) column[i] = source[indices[i]!]!;
    columns[field] = column;
  }
  return { rows: indices.length, columns };
}

export function takeLabels(labels: Uint8Array, indices: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(indices.length);
  for (let i = 0; i < indices.length; i++) out[i] = labels[indices[i]!]!;
  return out;
}
