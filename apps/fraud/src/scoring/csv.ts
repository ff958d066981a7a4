// A CSV file in the creditcard.csv schema (header required, quoted or not; Class and reference optional).
// Every row is checked; the file is accepted whole or rejected with the rows and columns at fault.
import { parseStrictNumber, splitCsvLine } from "@verticals/data/csv-line";
import { INPUT_FIELDS, type InputField, type Transaction } from "../pipeline/columns";
import { LIMITS, OPTIONAL_FIELDS, rangeProblem, type FieldError, type TransactionInput } from "./validate";

export interface ParsedCsv {
  inputs: TransactionInput[];
  errors: FieldError[];
}

const known = new Set<string>([...INPUT_FIELDS, ...OPTIONAL_FIELDS]);

export function parseTransactionsCsv(text: string): ParsedCsv {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === "") lines.pop();
  if (lines.length === 0) return { inputs: [], errors: [{ message: "the file is empty: expected a header line (Time, V1..V28, Amount) and at least one row" }] };

  let header: string[];
  try {
    header = splitCsvLine(lines[0]!, ",").map((name) => name.trim());
  } catch (error) {
    return { inputs: [], errors: [{ row: 0, message: `header line: ${(error as Error).message}` }] };
  }
  const headerErrors: FieldError[] = [];
  for (const name of header) if (!known.has(name)) headerErrors.push({ row: 0, field: name, message: `unknown column "${name}"; expected Time, V1..V28, Amount (optional: Class, reference)` });
  for (const field of INPUT_FIELDS) if (!header.includes(field)) headerErrors.push({ row: 0, field, message: `missing column "${field}"` });
  const duplicates = header.filter((name, i) => header.indexOf(name) !== i);
  for (const name of new Set(duplicates)) headerErrors.push({ row: 0, field: name, message: `column "${name}" appears more than once` });
  if (headerErrors.length > 0) return { inputs: [], errors: headerErrors };
  if (lines.length - 1 > LIMITS.csvRows) {
    return { inputs: [], errors: [{ message: `the file has ${lines.length - 1} rows; at most ${LIMITS.csvRows.toLocaleString("en-US")} per upload` }] };
  }

  const position = new Map(header.map((name, i) => [name, i]));
  const inputs: TransactionInput[] = [];
  const errors: FieldError[] = [];
  for (let l = 1; l < lines.length; l++) {
    const row = l; // data rows are numbered from 1, the header is row 0
    const line = lines[l]!;
    if (line.trim() === "") {
      errors.push({ row, message: "empty line" });
      continue;
    }
    let cells: string[];
    try {
      cells = splitCsvLine(line, ",");
    } catch (error) {
      errors.push({ row, message: (error as Error).message });
      continue;
    }
    if (cells.length !== header.length) {
      errors.push({ row, message: `has ${cells.length} cells; the header has ${header.length} columns` });
      continue;
    }
    const transaction = {} as Transaction;
    let ok = true;
    for (const field of INPUT_FIELDS) {
      const text = cells[position.get(field)!]!;
      const value = parseStrictNumber(text);
      if (value === undefined) {
        ok = false;
        const shown = text.trim() === "" ? "an empty cell" : JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
        errors.push({ row, field, message: /^[+-]?(nan|inf(inity)?)$/i.test(text.trim()) ? `must be a finite number, got ${shown}` : `expected a number, got ${shown}` });
        continue;
      }
      const problem = rangeProblem(field as InputField, value);
      if (problem) {
        ok = false;
        errors.push({ row, field, message: problem });
      } else transaction[field] = value;
    }
    let knownClass: 0 | 1 | null = null;
    if (position.has("Class")) {
      const text = cells[position.get("Class")!]!.trim();
      if (text === "0" || text === "1") knownClass = text === "1" ? 1 : 0;
      else if (text !== "") {
        ok = false;
        errors.push({ row, field: "Class", message: `must be 0, 1 or empty, got ${JSON.stringify(text)}` });
      }
    }
    let reference: string | null = null;
    if (position.has("reference")) {
      const text = cells[position.get("reference")!]!;
      if (text.length > LIMITS.referenceLength) {
        ok = false;
        errors.push({ row, field: "reference", message: `must be at most ${LIMITS.referenceLength} characters, got ${text.length}` });
      } else reference = text === "" ? null : text;
    }
    if (ok) inputs.push({ transaction, reference, knownClass });
  }
  if (errors.length === 0 && inputs.length === 0) errors.push({ message: "the file has a header but no rows" });
  return { inputs, errors };
}
