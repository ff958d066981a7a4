import { join } from "node:path";
import { writeFileAtomic } from "../io/write-file-atomic";
import type { DatasetKey } from "../datasets/dataset-keys";
import { PROVENANCE_FILE } from "./read-provenance";
import { ProvenanceSchema, type Provenance } from "./provenance-schema";

/** Validate and write `<dir>/PROVENANCE.json` atomically; returns its path. */
export async function writeProvenance(dir: string, provenance: Provenance & { dataset: DatasetKey }): Promise<string> {
  const valid = ProvenanceSchema.parse(provenance);
  const file = join(dir, PROVENANCE_FILE);
  await writeFileAtomic(file, `${JSON.stringify(valid, null, 2)}\n`);
  return file;
}
