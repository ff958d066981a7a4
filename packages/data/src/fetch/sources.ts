import type { DatasetKey } from "../datasets/dataset-keys";

/** A checksum to verify a file against, and where it comes from (so nobody mistakes a mirror's hash for the publisher's). */
export interface KnownChecksum {
  sha256?: string;
  md5?: string;
  origin: string;
}

/** One file downloaded as is. */
export interface FileSource {
  kind: "file";
  url: string;
  /** Name in the dataset folder. */
  file: string;
  checksum?: KnownChecksum;
}

/** A zip archive; members are found by file name anywhere inside, also inside nested zips. */
export interface ZipSource {
  kind: "zip";
  url: string;
  members: { file: string; checksum?: KnownChecksum }[];
}

/**
 * An OpenML dataset: its description (JSON) gives the ARFF download URL and OpenML's MD5 of it; the ARFF is
 * converted to the original CSV layout and its content checked against known totals.
 */
export interface OpenmlArffSource {
  kind: "openml-arff";
  descriptionUrl: string;
  file: string;
  /** Known content of the original, checked after conversion. */
  expect: { rows: number; positives: number; positiveAmountSum: number };
}

/** Needs a login: the error message carries these instructions. */
export interface ManualSource {
  kind: "manual";
  url: string;
  instructions: string;
}

export type DatasetSource = FileSource | ZipSource | OpenmlArffSource | ManualSource;

/**
 * Public sources of the five datasets. Which checksums are known, honestly:
 * - creditcard: no checksum of the full file is known here (only of row subsets, SOURCE.md). OpenML publishes an MD5
 *   of its ARFF in the dataset description, checked after download; that guards against corruption, not against a
 *   wrong dataset, so the converted rows are also checked against the published totals (284,807 rows, 492 frauds,
 *   frauds' amounts summing to 60,127.97, SOURCE.md).
 * - ai4i2020: the SHA-256 is that of a byte copy found on GitHub and cross-checked against two other copies
 *   (SOURCE.md); a byte-for-byte match with UCI's own zip could not be checked offline. A mismatch fails loudly.
 * - cmapss: SHA-256 of train/test/RUL_FD001.txt from GitHub byte copies of NASA's files (SOURCE.md); the zip itself
 *   has no known checksum, its members are checked instead.
 * - pneumoniamnist: MedMNIST's official MD5 of pneumoniamnist.npz (published by MedMNIST); no SHA-256 is known.
 * - m5: on Kaggle behind a login and the competition rules; not downloaded automatically.
 */
export const DATASET_SOURCES: Readonly<Record<DatasetKey, DatasetSource>> = {
  creditcard: {
    kind: "openml-arff",
    descriptionUrl: "https://www.openml.org/api/v1/json/data/1597",
    file: "creditcard.csv",
    expect: { rows: 284_807, positives: 492, positiveAmountSum: 60_127.97 },
  },
  ai4i2020: {
    kind: "zip",
    url: "https://archive.ics.uci.edu/static/public/601/ai4i+2020+predictive+maintenance+dataset.zip",
    members: [
      {
        file: "ai4i2020.csv",
        checksum: {
          sha256: "9841aaa04b716d41ce9501f42d9388de7f571566608945061d026f95853c0337",
          origin: "GitHub byte copy cross-checked against two others (shared/datasets/equipment/SOURCE.md); not verified against UCI itself",
        },
      },
    ],
  },
  cmapss: {
    kind: "zip",
    url: "https://phm-datasets.s3.amazonaws.com/NASA/6.+Turbofan+Engine+Degradation+Simulation+Data+Set.zip",
    members: [
      {
        file: "train_FD001.txt",
        checksum: { sha256: "963b5e22825b34d8b21c69e1aeb4af3e647050eb672ee8834ba4b5d91d2de0f8", origin: "GitHub byte copy of NASA's file (SOURCE.md)" },
      },
      {
        file: "test_FD001.txt",
        checksum: { sha256: "3cda7109ce17bafb5443f2ac926cfcf88154b941b8c4cf95eb55d1ddd6f52851", origin: "GitHub byte copy of NASA's file (SOURCE.md)" },
      },
      {
        file: "RUL_FD001.txt",
        checksum: { sha256: "a19c8ec94931949d0485bdc35118206e9c81c4547b422efb9cf86f4ceddbceca", origin: "GitHub byte copy of NASA's file (SOURCE.md)" },
      },
    ],
  },
  pneumoniamnist: {
    kind: "file",
    url: "https://zenodo.org/records/10519652/files/pneumoniamnist.npz?download=1",
    file: "pneumoniamnist.npz",
    checksum: { md5: "28209eda62fecd6e6a2d98b1501bb15f", origin: "MedMNIST's official MD5 for pneumoniamnist.npz" },
  },
  m5: {
    kind: "manual",
    url: "https://www.kaggle.com/competitions/m5-forecasting-accuracy/data",
    instructions:
      "M5 is on Kaggle, behind a login and the competition's rules, so it is not downloaded automatically. To use it: " +
      "sign in at kaggle.com, accept the rules of the M5 Forecasting - Accuracy competition, then either download the data " +
      "from https://www.kaggle.com/competitions/m5-forecasting-accuracy/data or run " +
      "`kaggle competitions download -c m5-forecasting-accuracy` (Kaggle CLI with an API token), and unzip " +
      "sales_train_validation.csv (or sales_train_evaluation.csv), calendar.csv and sell_prices.csv into",
  },
};

/** Where a source lives, for messages. */
export function sourceUrl(source: DatasetSource): string {
  return source.kind === "openml-arff" ? source.descriptionUrl : source.url;
}
