// Analysts' verdicts as training data: reviewed alerts in the creditcard.csv schema (quoted header as in the
// original file, Class "1" for fraud and "0" for legitimate), ready to append to the next training file.
import { INPUT_FIELDS, PCA_FIELDS } from "../pipeline/columns";
import type { Store } from "./client";

export const EXPORT_HEADER = [...INPUT_FIELDS, "Class"];

export async function exportLabelledCsv(store: Store): Promise<{ csv: string; rows: number }> {
  const reviews = await store.review.findMany({ include: { transaction: true }, orderBy: { id: "asc" } });
  const lines = [EXPORT_HEADER.map((name) => `"${name}"`).join(",")];
  for (const review of reviews) {
    const t = review.transaction;
    const components = JSON.parse(t.componentsJson) as number[];
    if (components.length !== PCA_FIELDS.length) throw new Error(`transaction ${t.id}: stored components hold ${components.length} values, expected ${PCA_FIELDS.length}`);
    lines.push([String(t.time), ...components.map(String), String(t.amount), `"${review.label === "fraud" ? 1 : 0}"`].join(","));
  }
  return { csv: `${lines.join("\n")}\n`, rows: reviews.length };
}
