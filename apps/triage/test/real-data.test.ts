// Checks on the real PneumoniaMNIST file in ../shared/datasets (or $VERTICALS_REAL_DATA_DIR/medical).
// A fresh clone has neither: the tests skip with a message saying how to get the data.
import { beforeAll, describe, expect, it } from "@jest/globals";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";
import { createRng, initBackend, rocAuc } from "@verticals/core";
import { findRealDataRoot } from "@verticals/data";
import { decodeUpload } from "../src/imaging/decode";
import { trainBaseline, baselineLogOdds } from "../src/pipeline/baseline";
import { loadTriageDataset, type Split, type TriageDataset } from "../src/pipeline/dataset";
import { predictLogits } from "../src/pipeline/model";
import { PIXELS, pixelsToInput, preprocess } from "../src/pipeline/preprocess";
import { DEFAULT_TRAIN, trainNetwork } from "../src/pipeline/train";
import { silenceStderr } from "./support/tiny-model";

const root = findRealDataRoot();
const dir = root ? join(root, "medical") : undefined;
const present = dir !== undefined && existsSync(join(dir, "pneumoniamnist.npz"));
if (!present) {
  console.warn(
    `real-data tests SKIPPED: no pneumoniamnist.npz under ${dir ?? "<repo>/../shared/datasets/medical"}; set VERTICALS_REAL_DATA_DIR to a folder holding medical/pneumoniamnist.npz (MedMNIST v2, Zenodo record 10519652)`,
  );
}
const describeReal = present ? describe : describe.skip;

/** A seeded random subset (the file's train split is ordered: most normals come last). */
function sample(split: Split, count: number, seed: number): Split {
  const picked = Array.from(createRng(seed).permutation(split.count).subarray(0, count));
  const pixels = new Uint8Array(count * PIXELS);
  picked.forEach((index, k) => pixels.set(split.pixels.subarray(index * PIXELS, (index + 1) * PIXELS), k * PIXELS));
  return { ...split, count, pixels, input: pixelsToInput(pixels), labels: Uint8Array.from(picked, (index) => split.labels[index]!) };
}

describeReal("real PneumoniaMNIST", () => {
  let data: TriageDataset;
  beforeAll(async () => {
    await initBackend();
    data = await loadTriageDataset(dir!);
  });

  it("has the official train/val sizes and class counts, with a real provenance", () => {
    expect([data.train.count, data.val.count]).toEqual([4708, 524]);
    expect(data.train.labels.reduce((a, b) => a + b, 0)).toBe(3494);
    expect(data.val.labels.reduce((a, b) => a + b, 0)).toBe(389);
    expect(data.provenance.kind).toBe("real");
    expect(data.provenance.licence).toBe("CC BY 4.0");
  });

  it("real images survive the PNG round trip bit for bit", () => {
    for (let index = 0; index < 100; index++) {
      const stored = data.val.pixels.subarray(index * PIXELS, (index + 1) * PIXELS);
      const png = new PNG({ width: 28, height: 28, colorType: 0, inputColorType: 0, inputHasAlpha: false });
      png.data = Buffer.from(stored);
      const bytes = PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false });
      expect(preprocess(decodeUpload(bytes, `val-${index}.png`, { uidKey: "k".repeat(16) }).image)).toEqual(data.val.input.subarray(index * PIXELS, (index + 1) * PIXELS));
    }
  });

  it("a short CNN run and the pixel baseline both learn (val ROC-AUC > 0.9)", async () => {
    const restore = silenceStderr();
    try {
      const train = sample(data.train, 1200, 1);
      const network = await trainNetwork(train, data.val, { ...DEFAULT_TRAIN, maxEpochs: 3, patience: 3 });
      expect(rocAuc(data.val.labels, predictLogits(network.model, data.val.input))).toBeGreaterThan(0.9);
      network.model.dispose();
      const baseline = trainBaseline(train, data.val, [100]);
      expect(rocAuc(data.val.labels, baselineLogOdds(baseline.model, data.val.input))).toBeGreaterThan(0.9);
    } finally {
      restore();
    }
  });
});
