import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DataFormatError } from "../errors/data-format-error";
import type { DatasetKey } from "../datasets/dataset-keys";
import { realProvenance } from "./catalogue";
import { ProvenanceSchema, type Provenance } from "./provenance-schema";

export const PROVENANCE_FILE = "PROVENANCE.json";

/**
 * Provenance of a dataset folder: its PROVENANCE.json when present (validated; a "real" one is
 * completed from the catalogue), else the catalogue's entry for the real public dataset.
 */
export async function readProvenance(key: DatasetKey, dir: string): Promise<Provenance> {
  const file = join(dir, PROVENANCE_FILE);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return realProvenance(key);
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataFormatError(
      { file, expected: "valid JSON", actual: (error as Error).message, actualIsDescription: true },
      { cause: error },
    );
  }
  const parsed = ProvenanceSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.join(".");
    throw new DataFormatError({
      file,
      entry: path || undefined,
      expected: "a provenance record ({ kind: \"synthetic\" | \"real\", dataset, name, ... })",
      actual: issue.message,
      actualIsDescription: true,
    });
  }
  const provenance = parsed.data;
  if (provenance.dataset !== key) {
    throw new DataFormatError({ file, entry: "dataset", expected: JSON.stringify(key), actual: provenance.dataset });
  }
  return provenance.kind === "real" ? { ...realProvenance(key), ...provenance } : provenance;
}
