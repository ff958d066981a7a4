// The PneumoniaMNIST splits as the pipeline uses them: 8-bit pixels (what the store keeps), float inputs
// (what the model sees) and 0/1 labels (1 = pneumonia).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadMedmnist, type MedmnistSplit } from "@verticals/data";
import type { Provenance } from "@verticals/core";
import { PIXELS, pixelsToInput } from "./preprocess";

export const DATA_FILE = "pneumoniamnist.npz";

export interface Split {
  name: "train" | "val" | "test";
  pixels: Uint8Array;
  input: Float32Array;
  labels: Uint8Array;
  count: number;
}

export interface TriageDataset {
  file: string;
  train: Split;
  val: Split;
  test?: Split;
  provenance: Provenance;
}

export function dataFile(dataDir: string): string {
  return join(dataDir, DATA_FILE);
}

export async function loadTriageDataset(dataDir: string): Promise<TriageDataset> {
  const file = dataFile(dataDir);
  if (!existsSync(file)) {
    throw new Error(`${file} not found: run \`pnpm verticals data\` (synthetic twin) or point --data-dir at a folder holding the real ${DATA_FILE}`);
  }
  const data = await loadMedmnist(file, { classCount: 2 });
  for (const [name, split] of Object.entries({ train: data.train, val: data.val, ...(data.test ? { test: data.test } : {}) })) {
    if (split.width !== 28 || split.height !== 28 || split.channels !== 1) {
      throw new Error(`${file}: ${name}_images are ${split.width}x${split.height}x${split.channels}; the triage model expects 28x28 greyscale (PneumoniaMNIST)`);
    }
  }
  const { provenance } = data;
  return {
    file,
    train: toSplit("train", data.train),
    val: toSplit("val", data.val),
    ...(data.test ? { test: toSplit("test", data.test) } : {}),
    provenance: {
      kind: provenance.kind,
      name: provenance.name,
      ...(provenance.citation ? { citation: provenance.citation } : {}),
      ...(provenance.licence ? { licence: provenance.licence } : {}),
      ...(provenance.source ? { source: provenance.source } : {}),
      ...(provenance.note ? { note: provenance.note } : {}),
    },
  };
}

function toSplit(name: Split["name"], split: MedmnistSplit): Split {
  const pixels = split.images.subarray(0, split.count * PIXELS);
  return { name, pixels, input: pixelsToInput(pixels), labels: split.labels, count: split.count };
}
