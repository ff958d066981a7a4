import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { join } from "node:path";
import { generatePneumoniamnist, loadMedmnist, readProvenance, type MedmnistData, type MedmnistSplit } from "../src/index";
import { makeTempDir, removeDir } from "./test-helpers";

const PIXELS = 28 * 28;

function auc(score: ArrayLike<number>, label: ArrayLike<number>): number {
  const order = Array.from({ length: score.length }, (_, i) => i).sort((a, b) => score[a]! - score[b]!);
  let positives = 0;
  let rankSum = 0;
  order.forEach((index, rank) => {
    if (label[index] === 1) {
      positives++;
      rankSum += rank + 1;
    }
  });
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * (label.length - positives));
}

/** Mean brightness of the lung fields (both sides, mid-chest rows). */
function lungBrightness(split: MedmnistSplit, i: number): number {
  let sum = 0;
  let n = 0;
  for (let y = 8; y < 20; y++) {
    for (const x of [4, 5, 6, 7, 8, 9, 18, 19, 20, 21, 22, 23]) {
      sum += split.images[i * PIXELS + y * 28 + x]!;
      n++;
    }
  }
  return sum / n;
}

let dir: string;
let data: MedmnistData;
beforeAll(async () => {
  dir = await makeTempDir("syn-pneumonia");
  await generatePneumoniamnist(dir, { seed: 42 });
  data = await loadMedmnist(join(dir, "pneumoniamnist.npz"));
});
afterAll(() => removeDir(dir));

describe("generatePneumoniamnist", () => {
  it("writes MedMNIST's npz layout with train/val/test splits of 1,200/200/300 28x28 images, labelled synthetic", async () => {
    expect(data.classCount).toBe(2);
    expect([data.train.count, data.val.count, data.test?.count]).toEqual([1200, 200, 300]);
    expect([data.train.height, data.train.width, data.train.channels]).toEqual([28, 28, 1]);
    expect(data.train.images).toHaveLength(1200 * PIXELS);
    expect((await readProvenance("pneumoniamnist", dir)).kind).toBe("synthetic");
  });

  it("keeps the official class balance: ~74% pneumonia in train and val, 62.5% in test", () => {
    expect(data.train.labelCounts).toEqual([309, 891]);
    expect(data.val.labelCounts[1]! / data.val.count).toBeCloseTo(0.742, 2);
    expect(data.test!.labelCounts[1]! / data.test!.count).toBeCloseTo(0.625, 2);
  });

  it("draws chest-like images: dark lung fields beside a bright mediastinum, brightness like the real thumbnails", () => {
    const { train } = data;
    let all = 0;
    let centre = 0;
    let lungs = 0;
    for (let i = 0; i < train.count; i++) {
      for (let p = 0; p < PIXELS; p++) all += train.images[i * PIXELS + p]!;
      for (let y = 8; y < 20; y++) centre += train.images[i * PIXELS + y * 28 + 14]!;
      lungs += lungBrightness(train, i);
    }
    const mean = all / (train.count * PIXELS);
    expect(mean).toBeGreaterThan(110);
    expect(mean).toBeLessThan(170);
    expect(centre / (train.count * 12) - lungs / train.count).toBeGreaterThan(40);
  });

  it("makes pneumonia visible as brighter lung fields: clearly learnable, yet overlapping (no trivial AUC)", () => {
    const { train, test } = data;
    const lung = Array.from({ length: train.count }, (_, i) => lungBrightness(train, i));
    const single = auc(lung, train.labels);
    expect(single).toBeGreaterThan(0.65);
    expect(single).toBeLessThan(0.95);
    // A linear classifier (class-mean difference scaled by pixel variance), fitted on train, scored on test.
    const mean = [new Float64Array(PIXELS), new Float64Array(PIXELS)];
    const variance = new Float64Array(PIXELS);
    const counts = train.labelCounts;
    for (let i = 0; i < train.count; i++) {
      const c = train.labels[i]!;
      const m = mean[c]!;
      for (let p = 0; p < PIXELS; p++) m[p] = m[p]! + train.images[i * PIXELS + p]! / counts[c]!;
    }
    for (let i = 0; i < train.count; i++) {
      const m = mean[train.labels[i]!]!;
      for (let p = 0; p < PIXELS; p++) variance[p] = variance[p]! + (train.images[i * PIXELS + p]! - m[p]!) ** 2 / train.count;
    }
    const weights = mean[1]!.map((m1, p) => (m1 - mean[0]![p]!) / (variance[p]! + 1));
    const scores = Array.from({ length: test!.count }, (_, i) => {
      let s = 0;
      for (let p = 0; p < PIXELS; p++) s += weights[p]! * test!.images[i * PIXELS + p]!;
      return s;
    });
    const linear = auc(scores, test!.labels);
    expect(linear).toBeGreaterThan(0.75);
    expect(linear).toBeLessThan(0.98);
  });
});
