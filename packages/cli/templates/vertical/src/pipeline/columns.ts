// The data format of this vertical: one CSV with a header, <data folder>/__NAME__.csv. The stub reads an id,
// six numeric features and a 0/1 label. To use your own data, rename these columns (and adapt
// synthetic.ts so the app still runs with no data); the loader, model, store and dashboard follow.
export const DATA_FILE = "__NAME__.csv";
export const ID_COLUMN = "id";
export const FEATURE_COLUMNS = ["x1", "x2", "x3", "x4", "x5", "x6"] as const;
export const LABEL_COLUMN = "label";
export const COLUMNS: readonly string[] = [ID_COLUMN, ...FEATURE_COLUMNS, LABEL_COLUMN];
/** What label 1 means, shown on the dashboard and in the model card. */
export const POSITIVE_LABEL = "positive";
