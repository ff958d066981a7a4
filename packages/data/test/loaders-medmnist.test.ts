import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { join } from "node:path";
import { encodeNpz, loadMedmnist, type NpyInput } from "../src/index";
import { medmnistNpz } from "./loader-fixtures";
import { makeTempDir, rejection, removeDir, writeFixture } from "./test-helpers";

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("medmnist");
});
afterAll(() => removeDir(dir));

const split = (count: number, size = 4): Record<string, NpyInput> => ({
  images: { data: new Uint8Array(count * size * size), shape: [count, size, size] },
  labels: { data: new Uint8Array(count), shape: [count, 1] },
});

function npz(parts: Record<string, NpyInput>): Uint8Array {
  return encodeNpz(parts);
}

describe("loadMedmnist", () => {
  it("returns each split as pixels + labels with counts, the test split only when present", async () => {
    await writeFixture(dir, "medical/pneumoniamnist.npz", medmnistNpz({ train: 6, val: 3 }));
    const data = await loadMedmnist(join(dir, "medical"));
    expect(data.classCount).toBe(2);
    expect(data.train).toMatchObject({ count: 6, height: 4, width: 4, channels: 1, labelCounts: [3, 3] });
    expect(data.train.images).toHaveLength(6 * 16);
    expect(data.train.images[17]).toBe((17 * 37) % 256);
    expect(Array.from(data.val.labels)).toEqual([0, 1, 0]);
    expect(data.test).toBeUndefined();
    expect(data.provenance).toMatchObject({ kind: "real", dataset: "pneumoniamnist" });

    const withTest = await loadMedmnist(await writeFixture(dir, "with-test/pneumoniamnist.npz", medmnistNpz({ test: 2 })));
    expect(withTest.test?.count).toBe(2);
  });

  it("accepts int64 labels (as some MedMNIST copies store them)", async () => {
    const s = split(2);
    const file = await writeFixture(
      dir,
      "i8/pneumoniamnist.npz",
      npz({
        train_images: s.images!, train_labels: { data: new BigInt64Array([1n, 0n]), shape: [2, 1] },
        val_images: s.images!, val_labels: { data: new BigInt64Array([0n, 1n]), shape: [2, 1] },
      }),
    );
    expect(Array.from((await loadMedmnist(file)).train.labels)).toEqual([1, 0]);
  });

  it("names file and array for a wrong dtype, shape, count, label value or missing array", async () => {
    const ok = split(3);
    const cases: Array<[string, Record<string, NpyInput>]> = [
      ["dtype", { train_images: { data: new Float32Array(3 * 16), shape: [3, 4, 4] }, train_labels: ok.labels!, val_images: ok.images!, val_labels: ok.labels! }],
      ["shape", { train_images: { data: new Uint8Array(3 * 16), shape: [3, 16] }, train_labels: ok.labels!, val_images: ok.images!, val_labels: ok.labels! }],
      ["count", { train_images: ok.images!, train_labels: { data: new Uint8Array(2), shape: [2, 1] }, val_images: ok.images!, val_labels: ok.labels! }],
      ["label", { train_images: ok.images!, train_labels: { data: new Uint8Array([0, 1, 2]), shape: [3, 1] }, val_images: ok.images!, val_labels: ok.labels! }],
      ["missing", { train_images: ok.images!, train_labels: ok.labels!, val_images: ok.images! }],
      ["size", { train_images: ok.images!, train_labels: ok.labels!, val_images: split(3, 5).images!, val_labels: ok.labels! }],
    ];
    const messages: string[] = [];
    for (const [name, arrays] of cases) {
      messages.push((await rejection(loadMedmnist(await writeFixture(dir, `${name}/pneumoniamnist.npz`, npz(arrays))))).message);
    }
    expect(messages).toEqual([
      'pneumoniamnist.npz, entry "train_images": expected dtype uint8, got dtype float32',
      'pneumoniamnist.npz, entry "train_images": expected shape (N, H, W) or (N, H, W, 3), got shape (3, 16)',
      'pneumoniamnist.npz, entry "train_labels": expected 3 labels, one per image of train_images, got shape (2, 1)',
      'pneumoniamnist.npz, entry "train_labels": expected class labels 0..1, got 2 at index 2',
      'pneumoniamnist.npz, entry "val_labels": expected an array val_labels, got only train_images, train_labels, val_images',
      'pneumoniamnist.npz, entry "val_images": expected 4x4x1 images like train_images, got 5x5x1',
    ]);
  });

  it("takes the class count from the option for other MedMNIST files", async () => {
    const s = split(3);
    const arrays = { train_images: s.images!, train_labels: { data: new Uint8Array([0, 4, 8]), shape: [3, 1] }, val_images: s.images!, val_labels: s.labels! };
    const file = await writeFixture(dir, "path/pathmnist.npz", npz(arrays));
    expect((await loadMedmnist(file)).classCount).toBe(9);
    expect((await rejection(loadMedmnist(file, { classCount: 5 }))).message).toMatch(/expected class labels 0\.\.4, got 8 at index 2/);
  });
});
