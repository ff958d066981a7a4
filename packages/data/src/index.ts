// @verticals/data: public datasets in their original formats, their synthetic twins, fetch and provenance.

// --- loaders, data directory, provenance
export { DataFormatError, quoteValue, type DataFormatErrorDetails } from "./errors/data-format-error";
export { parseStrictNumber, parseStrictInteger } from "./csv/parse-number";
export { splitCsvLine, splitWhitespaceLine } from "./csv/split-line";
export {
  readDelimited,
  type Separator,
  type ReadDelimitedOptions,
  type RecordHandler,
  type ReadDelimitedSummary,
} from "./csv/read-delimited";
export { readTable, type ReadTableOptions, type RowHandler, type ReadTableSummary } from "./csv/read-table";
export { expectHeader } from "./csv/expect-header";
export { cellError, numberCell, integerCell, flagCell } from "./csv/cells";
export { writeDelimited, type WriteDelimitedOptions, type CellValue } from "./csv/write-delimited";
export { writeFileAtomic, writeFileAtomicWith, tempPathFor } from "./io/write-file-atomic";
export { type NpyDtype, type NpyData, dtypeOf, dtypeName } from "./npz/npy-dtype";
export { parseNpy, encodeNpy, type NpyArray, type NpyInput } from "./npz/npy";
export { readNpz, decodeNpz, type NpzArrays } from "./npz/read-npz";
export { writeNpz, encodeNpz, type WriteNpzOptions } from "./npz/write-npz";
export { DATASET_KEYS, DATASET_FOLDERS, isDatasetKey, type DatasetKey } from "./datasets/dataset-keys";
export { resolveDataRoot, datasetDir, findRealDataRoot, findWorkspaceRoot } from "./datasets/data-root";
export { describeDataset, type DatasetDescription } from "./datasets/describe-dataset";
export {
  datasetFiles,
  DATASET_FILE_SPECS,
  type DatasetFiles,
  type DatasetFileSpec,
  type DatasetFileStatus,
} from "./datasets/dataset-files";
export { ProvenanceSchema, type Provenance } from "./provenance/provenance-schema";
export { DATASET_CATALOGUE, realProvenance, type CatalogueEntry } from "./provenance/catalogue";
export { readProvenance, PROVENANCE_FILE } from "./provenance/read-provenance";
export { writeProvenance } from "./provenance/write-provenance";
export { toCOrder } from "./npz/c-order";
export type { LoadOptions } from "./loaders/load-options";
export {
  loadCreditcard,
  CREDITCARD_FEATURES,
  CREDITCARD_COLUMNS,
  type CreditcardData,
  type CreditcardFeature,
} from "./loaders/creditcard";
export {
  loadAi4i2020,
  AI4I_COLUMNS,
  AI4I_FEATURES,
  AI4I_FAILURE_MODES,
  AI4I_TYPES,
  type Ai4iData,
  type Ai4iFeature,
  type Ai4iFailureMode,
} from "./loaders/ai4i2020";
export {
  loadCmapssTrajectories,
  CMAPSS_COLUMNS,
  CMAPSS_MEASUREMENTS,
  type CmapssTrajectories,
  type CmapssMeasurement,
} from "./loaders/cmapss-trajectories";
export { loadCmapssRul } from "./loaders/cmapss-rul";
export { loadCmapss, type CmapssData } from "./loaders/cmapss";
export {
  loadMedmnist,
  MEDMNIST_SPLITS,
  type MedmnistData,
  type MedmnistSplit,
  type MedmnistSplitName,
  type MedmnistOptions,
} from "./loaders/medmnist";
export { loadM5Sales, M5_SERIES_COLUMNS, type M5Sales, type M5Series } from "./loaders/m5/m5-sales";
export { loadM5Calendar, M5_CALENDAR_COLUMNS, type M5Calendar } from "./loaders/m5/m5-calendar";
export { loadM5Prices, M5_PRICE_COLUMNS, type M5Prices, type M5PriceOptions } from "./loaders/m5/m5-prices";
export { loadM5, m5SalesFile, m5PriceOn, type M5Data, type M5Files } from "./loaders/m5/m5";

// --- synthetic generators and fetch
export { Rng } from "./synthetic/random";
export { type SyntheticOptions, type SyntheticResult } from "./synthetic/generator-options";
export {
  generateCreditcard,
  CREDITCARD_DEFAULT_ROWS,
  CREDITCARD_DEFAULT_FRAUD_RATE,
  type CreditcardOptions,
} from "./synthetic/creditcard";
export { generateAi4i2020, AI4I_DEFAULT_ROWS } from "./synthetic/ai4i2020";
export { generateCmapss, CMAPSS_DEFAULT_ENGINES, type CmapssOptions } from "./synthetic/cmapss";
export {
  generatePneumoniamnist,
  PNEUMONIAMNIST_DEFAULT_TRAIN,
  type PneumoniamnistOptions,
} from "./synthetic/pneumoniamnist";
export { generateM5, M5_DEFAULT_DAYS, type M5Options, type DemandPattern } from "./synthetic/m5";
export { m5Calendar, m5CalendarCsv, type CalendarDay } from "./synthetic/m5-calendar";
export {
  syntheticGenerators,
  generateAll,
  type SyntheticGeneratorEntry,
  type GenerateAllProgress,
  type GeneratedDataset,
} from "./synthetic/registry";
export { fetchDataset, type FetchDatasetOptions, type FetchedDataset, type FetchedFile } from "./fetch/fetch-dataset";
export { FetchError, type FetchErrorCode } from "./fetch/fetch-error";
export {
  DATASET_SOURCES,
  type DatasetSource,
  type FileSource,
  type ZipSource,
  type OpenmlArffSource,
  type ManualSource,
  type KnownChecksum,
} from "./fetch/sources";
export { consoleProgress } from "./fetch/console-progress";
export { type DownloadProgress, type FetchLike } from "./fetch/download";
export { fetchHeadersWithin } from "./fetch/fetch-headers";
