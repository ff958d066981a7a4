import { join } from "node:path";
import { writeNpz } from "../npz/write-npz";
import { checkSeed, positiveInteger, type SyntheticOptions, type SyntheticResult } from "./generator-options";
import { IMAGE_SIZE, renderChestXray } from "./chest-xray";
import { Rng } from "./random";
import { writeSyntheticProvenance } from "./synthetic-provenance";

export const PNEUMONIAMNIST_GENERATOR_VERSION = 1;
/** Training images by default; validation and test get a sixth and a quarter of that (1,200 / 200 / 300). */
export const PNEUMONIAMNIST_DEFAULT_TRAIN = 1_200;

// Pneumonia shares of the official splits: train 3,494/4,708, val 389/524, test 390/624.
const PNEUMONIA_SHARE = { train: 3494 / 4708, val: 389 / 524, test: 390 / 624 } as const;

export interface PneumoniamnistOptions extends SyntheticOptions {
  /** Training images (default 1,200); val = size/6 and test = size/4, rounded. */
  size?: number;
}

type Split = keyof typeof PNEUMONIA_SHARE;

interface SplitArrays {
  images: Uint8Array;
  labels: Uint8Array;
  pneumonia: number;
}

/** Exactly round(share x count) pneumonia cases, in seeded random order, as each official split has fixed counts. */
function renderSplit(rng: Rng, count: number, share: number): SplitArrays {
  const pneumonia = Math.round(count * share);
  const labels = new Uint8Array(count);
  labels.fill(1, 0, pneumonia);
  rng.shuffle(labels);
  const pixels = IMAGE_SIZE * IMAGE_SIZE;
  const images = new Uint8Array(count * pixels);
  for (let i = 0; i < count; i++) renderChestXray(rng, labels[i] === 1, images.subarray(i * pixels, (i + 1) * pixels));
  return { images, labels, pneumonia };
}

/**
 * Write a synthetic `pneumoniamnist.npz` in MedMNIST's layout: `{train,val,test}_images` (N, 28, 28) uint8 and
 * `{train,val,test}_labels` (N, 1) uint8 with 0 = normal, 1 = pneumonia, class shares as the official splits.
 */
export async function generatePneumoniamnist(outDir: string, options: PneumoniamnistOptions): Promise<SyntheticResult> {
  const train = positiveInteger(options.size, PNEUMONIAMNIST_DEFAULT_TRAIN, "pneumoniamnist size (training images)");
  const counts: Record<Split, number> = { train, val: Math.max(1, Math.round(train / 6)), test: Math.max(1, Math.round(train / 4)) };
  const root = new Rng(checkSeed(options.seed));
  const arrays: Record<string, { data: Uint8Array; shape: number[] }> = {};
  const summary: string[] = [];
  for (const split of ["train", "val", "test"] as const) {
    const { images, labels, pneumonia } = renderSplit(root.fork(split), counts[split], PNEUMONIA_SHARE[split]);
    arrays[`${split}_images`] = { data: images, shape: [counts[split], IMAGE_SIZE, IMAGE_SIZE] };
    arrays[`${split}_labels`] = { data: labels, shape: [counts[split], 1] };
    summary.push(`${split} ${counts[split]} (${pneumonia} pneumonia)`);
  }

  const file = join(outDir, "pneumoniamnist.npz");
  await writeSyntheticProvenance(outDir, {
    dataset: "pneumoniamnist",
    name: "Synthetic chest X-ray thumbnails (twin of PneumoniaMNIST)",
    seed: options.seed,
    version: PNEUMONIAMNIST_GENERATOR_VERSION,
    options: counts,
    note:
      `SYNTHETIC IMAGES, not radiographs of any patient, and useless for any clinical purpose. Procedurally drawn 28x28 ` +
      `frontal chest X-ray look-alikes (dark lung fields, bright mediastinum, spine, ribs, diaphragm; random pose, ` +
      `exposure and noise) in the layout of MedMNIST's pneumoniamnist.npz: ${summary.join(", ")}. "Pneumonia" images ` +
      `carry diffuse or patchy opacities of varying severity in the lung fields; some normal images carry faint look-alikes.`,
    files: ["pneumoniamnist.npz"],
  });
  await writeNpz(file, arrays);
  return { dir: outDir, files: [file] };
}
