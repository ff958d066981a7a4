// Readings in C-MAPSS's row layout: `unit cycle op_setting_1..3 sensor_1..21`, 26 numbers per line separated by
// spaces (NASA's files) or commas. Blank lines are skipped; a first line starting with "unit" is a header.
import { IngestError } from "./ingest-error";
import { CSV_COLUMNS, MAX_ABS_VALUE, MAX_READINGS, type ReadingInput } from "./reading-input";

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function parseCsvReadings(text: string): ReadingInput[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const rows: ReadingInput[] = [];
  let headerSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const trimmed = lines[i]!.trim();
    if (trimmed === "") continue;
    const fields = trimmed.includes(",") ? trimmed.split(",").map((f) => f.trim()) : trimmed.split(/\s+/);
    if (rows.length === 0 && !headerSeen && /^unit$/i.test(fields[0] ?? "")) {
      headerSeen = true;
      continue;
    }
    const row = rows.length + 1;
    if (row > MAX_READINGS) throw new IngestError(413, `Too many readings: at most ${MAX_READINGS} per upload`, { row, line: lineNo });
    if (fields.length !== CSV_COLUMNS.length) {
      throw new IngestError(
        422,
        `Row ${row} (line ${lineNo}): expected ${CSV_COLUMNS.length} columns (unit, cycle, 3 operational settings, 21 sensors), got ${fields.length}`,
        { row, line: lineNo },
      );
    }
    const numbers = fields.map((field, c) => {
      if (!NUMBER.test(field)) {
        throw new IngestError(422, `Row ${row} (line ${lineNo}), column ${c + 1} (${CSV_COLUMNS[c]}): expected a number, got "${field.slice(0, 40)}"`, {
          row,
          line: lineNo,
          column: CSV_COLUMNS[c]!,
        });
      }
      const value = Number(field);
      if (!(Math.abs(value) <= MAX_ABS_VALUE)) {
        throw new IngestError(422, `Row ${row} (line ${lineNo}), column ${c + 1} (${CSV_COLUMNS[c]}): expected a value within ±${MAX_ABS_VALUE.toLocaleString("en-US")}, got "${field.slice(0, 40)}"`, {
          row,
          line: lineNo,
          column: CSV_COLUMNS[c]!,
        });
      }
      return value;
    });
    for (const c of [0, 1]) {
      if (!Number.isInteger(numbers[c]!) || numbers[c]! < 1) {
        throw new IngestError(422, `Row ${row} (line ${lineNo}), column ${c + 1} (${CSV_COLUMNS[c]}): expected a whole number >= 1, got "${fields[c]}"`, {
          row,
          line: lineNo,
          column: CSV_COLUMNS[c]!,
        });
      }
    }
    rows.push({ row, line: lineNo, unit: numbers[0]!, cycle: numbers[1]!, values: numbers.slice(2) });
  }
  if (rows.length === 0) throw new IngestError(422, "No readings: the upload holds no data rows");
  return rows;
}
