import { basename, dirname } from "node:path";
import { DataFormatError } from "../errors/data-format-error";
import { toCOrder } from "../npz/c-order";
import type { NpyArray } from "../npz/npy";
import { dtypeName } from "../npz/npy-dtype";
import { readNpz } from "../npz/read-npz";
import { readProvenance } from "../provenance/read-provenance";
import type { Provenance } from "../provenance/provenance-schema";
import { resolveInput } from "./resolve-input";

export const MEDMNIST_SPLITS = ["train", "val", "test"] as const;
export type MedmnistSplitName = (typeof MEDMNIST_SPLITS)[number];

export interface MedmnistSplit {
  /** count x height x width (x channels) uint8 pixels, row-major, image i at i * height * width * channels. */
  images: Uint8Array;
  /** One class index per image. */
  labels: Uint8Array;
  count: number;
  height: number;
  width: number;
  /** 1 for grey images (N,H,W), 3 for colour (N,H,W,3). */
  channels: number;
  /** Images per class: labelCounts[k] = number of images with label k. */
  labelCounts: number[];
}

export interface MedmnistData {
  file: string;
  /** Number of classes labels may take (0 .. classCount-1). */
  classCount: number;
  train: MedmnistSplit;
  val: MedmnistSplit;
  /** The official test split, when the file has it. */
  test?: MedmnistSplit;
  provenance: Provenance;
}

// Class counts of the single-label 2D MedMNIST v2 datasets, keyed by file name (medmnist.com).
const KNOWN_CLASS_COUNTS: Record<string, number> = {
  pathmnist: 9,
  dermamnist: 7,
  octmnist: 4,
  pneumoniamnist: 2,
  retinamnist: 5,
  breastmnist: 2,
  bloodmnist: 8,
  tissuemnist: 8,
  organamnist: 11,
  organcmnist: 11,
  organsmnist: 11,
};

export interface MedmnistOptions {
  /** Labels must lie in 0..classCount-1. Default: known from the file name, else 256 (any uint8). */
  classCount?: number;
  provenance?: Provenance;
}

function shapeText(shape: readonly number[]): string {
  return `(${shape.join(", ")}${shape.length === 1 ? "," : ""})`;
}

function readSplit(file: string, name: MedmnistSplitName, images: NpyArray, labels: NpyArray, classCount: number): MedmnistSplit {
  const imagesKey = `${name}_images`;
  const labelsKey = `${name}_labels`;
  const fail = (entry: string, expected: string, actual: string): never => {
    throw new DataFormatError({ file, entry, expected, actual, actualIsDescription: true });
  };
  if (images.dtype !== "u1") fail(imagesKey, "dtype uint8", `dtype ${dtypeName(images.dtype)}`);
  const grey = images.shape.length === 3;
  const colour = images.shape.length === 4 && images.shape[3] === 3;
  if (!grey && !colour) fail(imagesKey, "shape (N, H, W) or (N, H, W, 3)", `shape ${shapeText(images.shape)}`);
  const [count, height, width] = images.shape as [number, number, number];
  if (height === 0 || width === 0) fail(imagesKey, "images of at least 1x1 pixels", `shape ${shapeText(images.shape)}`);
  const labelsOk = (labels.shape.length === 2 && labels.shape[1] === 1) || labels.shape.length === 1;
  if (!labelsOk) fail(labelsKey, `shape (${count}, 1)`, `shape ${shapeText(labels.shape)}`);
  if (labels.shape[0] !== count) {
    fail(labelsKey, `${count} labels, one per image of ${imagesKey}`, `shape ${shapeText(labels.shape)}`);
  }
  if (labels.dtype[0] !== "u" && labels.dtype[0] !== "i") fail(labelsKey, "an integer dtype", `dtype ${dtypeName(labels.dtype)}`);

  const out = new Uint8Array(count);
  const labelCounts = new Array<number>(Math.min(classCount, 256)).fill(0);
  const source = labels.data;
  for (let i = 0; i < count; i++) {
    const value = Number(source[i]!);
    if (!(value >= 0 && value < classCount)) {
      fail(labelsKey, `class labels 0..${classCount - 1}`, `${value} at index ${i}`);
    }
    out[i] = value;
    labelCounts[value]!++;
  }
  const pixels = toCOrder(images).data as Uint8Array;
  return { images: pixels, labels: out, count, height, width, channels: grey ? 1 : 3, labelCounts };
}

/**
 * Load a MedMNIST 2D .npz (`pneumoniamnist.npz`...): keys `{train,val,test}_images` uint8 (N,H,W)
 * and `{split}_labels` (N,1); the test split is optional. Images stay views on the inflated data.
 */
export async function loadMedmnist(pathOrDir: string, options: MedmnistOptions = {}): Promise<MedmnistData> {
  const { file } = await resolveInput(pathOrDir, "pneumoniamnist.npz");
  const stem = basename(file).replace(/(_\d+)?\.npz$/i, "").toLowerCase();
  const classCount = options.classCount ?? KNOWN_CLASS_COUNTS[stem] ?? 256;
  const arrays = await readNpz(file);
  const splits: Partial<Record<MedmnistSplitName, MedmnistSplit>> = {};
  for (const name of MEDMNIST_SPLITS) {
    const images = arrays.get(`${name}_images`);
    const labels = arrays.get(`${name}_labels`);
    if (!images && !labels && name === "test") continue;
    if (!images || !labels) {
      const missing = images ? `${name}_labels` : `${name}_images`;
      throw new DataFormatError({
        file,
        entry: missing,
        expected: `an array ${missing}`,
        actual: `only ${[...arrays.keys()].join(", ") || "no arrays"}`,
        actualIsDescription: true,
      });
    }
    splits[name] = readSplit(file, name, images, labels, classCount);
  }
  const { train, val, test } = splits as Record<MedmnistSplitName, MedmnistSplit>;
  for (const [name, split] of [["val", val], ["test", test]] as const) {
    if (split && (split.height !== train.height || split.width !== train.width || split.channels !== train.channels)) {
      throw new DataFormatError({
        file,
        entry: `${name}_images`,
        expected: `${train.height}x${train.width}x${train.channels} images like train_images`,
        actual: `${split.height}x${split.width}x${split.channels}`,
        actualIsDescription: true,
      });
    }
  }
  return {
    file,
    classCount,
    train,
    val,
    ...(test ? { test } : {}),
    provenance: options.provenance ?? (await readProvenance("pneumoniamnist", dirname(file))),
  };
}
