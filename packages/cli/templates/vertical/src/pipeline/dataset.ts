// Reads the vertical's CSV through @verticals/data: a wrong header, a missing or non-numeric cell or a
// duplicate id fails with a DataFormatError naming the file, line and column.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { DataFormatError, expectHeader, flagCell, numberCell, readTable } from "@verticals/data";
import { COLUMNS, DATA_FILE, FEATURE_COLUMNS, ID_COLUMN, LABEL_COLUMN } from "./columns";

export interface Dataset {
  file: string;
  ids: string[];
  /** Row-major: row r, feature c is features[r * FEATURE_COLUMNS.length + c]. */
  features: Float32Array;
  labels: Uint8Array;
  rows: number;
}

export function dataFile(dir: string): string {
  return join(dir, DATA_FILE);
}

export async function loadDataset(dir: string): Promise<Dataset> {
  const file = dataFile(dir);
  if (!existsSync(file)) {
    throw new Error(`${file}: missing (expected a CSV with the header ${COLUMNS.join(",")}; \`pnpm train\` writes a synthetic one into an empty folder)`);
  }
  const width = FEATURE_COLUMNS.length;
  const ids: string[] = [];
  const features: number[] = [];
  const labels: number[] = [];
  const firstLine = new Map<string, number>();
  await readTable(file, { header: (fields, line) => expectHeader(file, line, fields, COLUMNS) }, (fields, line) => {
    const id = fields[0]!.trim();
    if (id === "") {
      throw new DataFormatError({ file, line, column: ID_COLUMN, columnNumber: 1, expected: "a record id", actual: "an empty value", actualIsDescription: true });
    }
    const seen = firstLine.get(id);
    if (seen !== undefined) {
      throw new DataFormatError({ file, line, column: ID_COLUMN, columnNumber: 1, expected: `a unique record id (this one is already on line ${seen})`, actual: id });
    }
    firstLine.set(id, line);
    ids.push(id);
    FEATURE_COLUMNS.forEach((name, i) => features.push(numberCell(fields[i + 1]!, file, line, name, i + 2)));
    labels.push(flagCell(fields[width + 1]!, file, line, LABEL_COLUMN, width + 2));
  });
  return { file, ids, features: Float32Array.from(features), labels: Uint8Array.from(labels), rows: ids.length };
}

/** Training needs enough rows of both classes for a train/validation/test split; say so up front. */
export function assertTrainable(data: Dataset, minimumPerClass = 10): void {
  const positives = data.labels.reduce((sum, label) => sum + label, 0);
  const negatives = data.rows - positives;
  if (positives < minimumPerClass || negatives < minimumPerClass) {
    throw new Error(
      `${data.file}: needs at least ${minimumPerClass} rows with ${LABEL_COLUMN} 1 and ${minimumPerClass} with ${LABEL_COLUMN} 0 to train and measure a model; found ${positives} and ${negatives}`,
    );
  }
}
