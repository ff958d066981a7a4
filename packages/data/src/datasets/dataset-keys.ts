/** The five public datasets, by the keys used across the CLI, the apps and the data directory. */
export const DATASET_KEYS = ["creditcard", "ai4i2020", "cmapss", "pneumoniamnist", "m5"] as const;
export type DatasetKey = (typeof DATASET_KEYS)[number];

/** Folder of each dataset under a data root; mirrors ../shared/datasets (see docs/ARCHITECTURE.md). */
export const DATASET_FOLDERS: Readonly<Record<DatasetKey, string>> = {
  creditcard: "fraud",
  ai4i2020: "equipment/ai4i2020",
  cmapss: "equipment/cmapss",
  pneumoniamnist: "medical",
  m5: "retail",
};

export function isDatasetKey(value: string): value is DatasetKey {
  return (DATASET_KEYS as readonly string[]).includes(value);
}
