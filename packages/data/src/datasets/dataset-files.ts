import { existsSync } from "node:fs";
import { join } from "node:path";
import type { DatasetKey } from "./dataset-keys";

export interface DatasetFileSpec {
  name: string;
  /** Required files must be present; `oneOf` groups need at least one member present. */
  required: boolean;
  oneOf?: string;
  description: string;
}

/** Files each dataset folder holds in its original public format (ARCHITECTURE.md, "Data directory layout"). */
export const DATASET_FILE_SPECS: Readonly<Record<DatasetKey, readonly DatasetFileSpec[]>> = {
  creditcard: [
    { name: "creditcard.csv", required: true, description: "ULB transactions: Time, V1..V28, Amount, Class" },
    { name: "creditcard_test.csv", required: false, description: "held-out rows, same schema" },
  ],
  ai4i2020: [
    { name: "ai4i2020.csv", required: true, description: "AI4I 2020, 14 columns" },
    { name: "ai4i2020_test.csv", required: false, description: "held-out rows, same schema" },
  ],
  cmapss: [
    { name: "train_FD001.txt", required: true, description: "run-to-failure trajectories, 26 columns" },
    { name: "test_FD001.txt", required: false, description: "trajectories cut before failure" },
    { name: "RUL_FD001.txt", required: false, description: "true RUL per test unit (needed with test_FD001.txt)" },
  ],
  pneumoniamnist: [{ name: "pneumoniamnist.npz", required: true, description: "MedMNIST arrays" }],
  m5: [
    { name: "sales_train_evaluation.csv", required: false, oneOf: "sales", description: "daily unit sales (with the evaluation days)" },
    { name: "sales_train_validation.csv", required: false, oneOf: "sales", description: "daily unit sales" },
    { name: "calendar.csv", required: true, description: "dates, weeks, events, SNAP" },
    { name: "sell_prices.csv", required: true, description: "weekly prices per store and item" },
  ],
};

export interface DatasetFileStatus extends DatasetFileSpec {
  path: string;
  present: boolean;
}

export interface DatasetFiles {
  key: DatasetKey;
  dir: string;
  files: DatasetFileStatus[];
  /** Every required file and one file of each `oneOf` group is present. */
  complete: boolean;
  /** Names of what is missing for `complete` ("a or b" for a oneOf group). */
  missing: string[];
  /** PROVENANCE.json, when the folder has one. */
  provenanceFile: string | null;
}

/** The expected files of a dataset folder and which of them are present. */
export function datasetFiles(key: DatasetKey, dir: string): DatasetFiles {
  const files = DATASET_FILE_SPECS[key].map((spec) => {
    const path = join(dir, spec.name);
    return { ...spec, path, present: existsSync(path) };
  });
  const missing = files.filter((f) => f.required && !f.present).map((f) => f.name);
  const groups = new Map<string, DatasetFileStatus[]>();
  for (const f of files) if (f.oneOf) groups.set(f.oneOf, [...(groups.get(f.oneOf) ?? []), f]);
  for (const members of groups.values()) {
    if (!members.some((m) => m.present)) missing.push(members.map((m) => m.name).join(" or "));
  }
  const provenancePath = join(dir, "PROVENANCE.json");
  return { key, dir, files, complete: missing.length === 0, missing, provenanceFile: existsSync(provenancePath) ? provenancePath : null };
}
