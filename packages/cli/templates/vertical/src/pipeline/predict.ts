// Scores raw feature rows with a loaded artifact: the saved scaling, then the network.
import { FEATURE_COLUMNS } from "./columns";
import type { VerticalArtifact } from "./artifact";
import { predictProbabilities } from "./model";
import { standardizeRows } from "./standardize";

export function scoreRecords(artifact: VerticalArtifact, rows: readonly (readonly number[])[]): Float32Array {
  if (!artifact.model) throw new Error("scoreRecords: the artifact was loaded without its model");
  const columns = FEATURE_COLUMNS.length;
  rows.forEach((row, index) => {
    if (row.length !== columns || !row.every(Number.isFinite)) {
      throw new Error(`row ${index + 1}: expected ${columns} finite numbers (${FEATURE_COLUMNS.join(", ")}), got ${JSON.stringify(row)}`);
    }
  });
  const scaled = standardizeRows(rows.flat(), columns, Int32Array.from(rows.keys()), artifact.standardizer);
  return predictProbabilities(artifact.model, scaled, columns);
}
