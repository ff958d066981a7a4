// Checking a transaction sent to the API, field by field, with messages that name the row, the field and what
// was expected. Nothing is scored or stored unless every row of a request passes.
import { INPUT_FIELDS, PCA_FIELDS, type InputField, type Transaction } from "../pipeline/columns";

export const LIMITS = {
  /** |V| above this is not a PCA score of card data (the real file's extremes are about 120). */
  componentAbs: 500,
  amountMax: 1_000_000,
  /** Seconds since the reference time; about 300 years. */
  timeMax: 1e10,
  referenceLength: 64,
  /** Rows per JSON request and per CSV file. */
  jsonRows: 10_000,
  csvRows: 50_000,
  /** Bytes per request body. */
  jsonBytes: 8 * 1024 * 1024,
  csvBytes: 24 * 1024 * 1024,
} as const;

/** Optional fields besides the transaction itself. */
export const OPTIONAL_FIELDS = ["reference", "Class"] as const;

export interface TransactionInput {
  transaction: Transaction;
  reference: string | null;
  /** Known outcome (labelled history); stored for the dashboard, never used to score. */
  knownClass: 0 | 1 | null;
}

export interface FieldError {
  /** 1-based row of a batch or file (data rows, header excluded); absent for a single transaction. */
  row?: number;
  field?: string;
  message: string;
}

const allowed = new Set<string>([...INPUT_FIELDS, ...OPTIONAL_FIELDS]);
const EXPECTED_FIELDS = `Time, V1..V28, Amount (optional: ${OPTIONAL_FIELDS.join(", ")})`;

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

export function rangeProblem(field: InputField, value: number): string | null {
  if (!Number.isFinite(value)) return `must be a finite number, got ${value}`;
  if (field === "Amount" && (value < 0 || value > LIMITS.amountMax)) return `out of range: must be from 0 to ${LIMITS.amountMax.toLocaleString("en-US")}, got ${value}`;
  if (field === "Time" && (value < 0 || value > LIMITS.timeMax)) return `out of range: must be from 0 to ${LIMITS.timeMax.toExponential()} seconds, got ${value}`;
  if ((PCA_FIELDS as readonly string[]).includes(field) && Math.abs(value) > LIMITS.componentAbs) {
    return `out of range: PCA components must be within ±${LIMITS.componentAbs}, got ${value}`;
  }
  return null;
}

/** Validates one JSON value as a transaction; `row` (1-based) is added to every error of a batch item. */
export function validateTransaction(value: unknown, row?: number): { input: TransactionInput | null; errors: FieldError[] } {
  const at = (error: Omit<FieldError, "row">): FieldError => (row === undefined ? error : { row, ...error });
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { input: null, errors: [at({ message: `expected a JSON object with fields ${EXPECTED_FIELDS}, got ${describe(value)}` })] };
  }
  const record = value as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const key of Object.keys(record)) {
    if (!allowed.has(key)) errors.push(at({ field: key, message: `unknown field "${key}"; expected ${EXPECTED_FIELDS}` }));
  }
  const transaction = {} as Transaction;
  for (const field of INPUT_FIELDS) {
    if (!(field in record)) {
      errors.push(at({ field, message: `missing field "${field}"` }));
      continue;
    }
    const v = record[field];
    if (typeof v !== "number") {
      errors.push(at({ field, message: `wrong type: expected a number, got ${describe(v)}` }));
      continue;
    }
    const problem = rangeProblem(field, v);
    if (problem) errors.push(at({ field, message: problem }));
    else transaction[field] = v;
  }
  let reference: string | null = null;
  if ("reference" in record && record.reference !== null) {
    const r = record.reference;
    if (typeof r !== "string") errors.push(at({ field: "reference", message: `wrong type: expected a string, got ${describe(r)}` }));
    else if (r.length === 0 || r.length > LIMITS.referenceLength) errors.push(at({ field: "reference", message: `must be 1 to ${LIMITS.referenceLength} characters, got ${r.length}` }));
    else reference = r;
  }
  let knownClass: 0 | 1 | null = null;
  if ("Class" in record && record.Class !== null) {
    if (record.Class === 0 || record.Class === 1) knownClass = record.Class;
    else errors.push(at({ field: "Class", message: `must be 0 (legitimate) or 1 (fraud) when given, got ${describe(record.Class)}` }));
  }
  return errors.length > 0 ? { input: null, errors } : { input: { transaction, reference, knownClass }, errors };
}

/** A JSON batch: every row checked, all errors returned. */
export function validateBatch(values: unknown[]): { inputs: TransactionInput[]; errors: FieldError[] } {
  const inputs: TransactionInput[] = [];
  const errors: FieldError[] = [];
  values.forEach((value, i) => {
    const result = validateTransaction(value, i + 1);
    if (result.input) inputs.push(result.input);
    errors.push(...result.errors);
  });
  return { inputs, errors };
}
