// Where the data came from, shown on every page: PROVENANCE.json next to the CSV when present (the synthetic
// generator always writes one), else the data is taken as real and the card asks for its citation and licence.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { provenanceSchema, type Provenance } from "@verticals/core";
import { DataFormatError, PROVENANCE_FILE } from "@verticals/data";
import { DATA_FILE } from "./columns";

export async function readDataProvenance(dir: string): Promise<Provenance> {
  const file = join(dir, PROVENANCE_FILE);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    return {
      kind: "real",
      name: `__TITLE__ data (${DATA_FILE})`,
      note: `No ${PROVENANCE_FILE} next to ${DATA_FILE}: add one ({ "kind": "real", "name", "citation", "licence", "source" }) so the dashboard can cite it.`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataFormatError({ file, expected: "valid JSON", actual: (error as Error).message, actualIsDescription: true }, { cause: error });
  }
  const parsed = provenanceSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DataFormatError({ file, entry: issue.path.join(".") || undefined, expected: 'a provenance record ({ "kind": "real" | "synthetic", "name", ... })', actual: issue.message, actualIsDescription: true });
  }
  return parsed.data;
}
