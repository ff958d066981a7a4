import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { MOBILENET_V2_INT8, PixelValuesPlan, splitImages, type ImagePreprocessingFacts, type PixelImage } from "../src/index";

const facts = MOBILENET_V2_INT8.preprocessing;

/** The grey pattern make-pil-fixtures.py draws. */
function pattern(width: number, height: number, seed: number): PixelImage {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = (x * 37 + y * 11 + ((x * y * seed) % 101) + seed * 7) % 256;
  return { width, height, data };
}

describe("Pillow-exact resize and centre crop", () => {
  // References from Pillow 9.4 (test/fixtures/make-pil-fixtures.py): upscale, non-square, downscale with antialiasing.
  const cases: [number, number, number, number, number][] = [
    [28, 28, 3, 256, 224],
    [20, 30, 5, 256, 224],
    [600, 500, 2, 256, 224],
    [7, 5, 1, 16, 12],
  ];
  it.each(cases)("%ix%i (seed %i) -> shortest edge %i -> crop %i matches Pillow byte for byte", (width, height, seed, edge, crop) => {
    const plan = new PixelValuesPlan({ ...facts, shortestEdge: edge, cropHeight: crop, cropWidth: crop });
    const expected = gunzipSync(readFileSync(new URL(`./fixtures/pil-bilinear-${width}x${height}-s${seed}-e${edge}-c${crop}.u8.gz`, import.meta.url)));
    const got = plan.resizeCrop(pattern(width, height, seed));
    expect(got.length).toBe(expected.length);
    let differing = 0;
    for (let i = 0; i < got.length; i++) if (got[i] !== expected[i]) differing++;
    expect(differing).toBe(0);
  });

  it("resized size follows Hugging Face: short side to the edge, long side floored", () => {
    const plan = new PixelValuesPlan(facts);
    expect(plan.resizedSize(28, 28)).toEqual({ width: 256, height: 256 });
    expect(plan.resizedSize(20, 30)).toEqual({ width: 256, height: 384 });
    expect(plan.resizedSize(600, 500)).toEqual({ width: 307, height: 256 });
  });
});

describe("pixel_values", () => {
  it("grey is replicated to RGB, rescaled by 1/255 and normalised with each channel's ImageNet mean/std", () => {
    const plan = new PixelValuesPlan(facts);
    const flat: PixelImage = { width: 28, height: 28, data: new Uint8Array(784).fill(200) };
    const out = new Float32Array(plan.valuesPerImage + 5).fill(99);
    plan.write(flat, out, 5);
    expect(out[0]).toBe(99); // nothing written before the offset
    const plane = 224 * 224;
    for (let c = 0; c < 3; c++) {
      const expected = (200 / 255 - facts.mean[c]!) / facts.std[c]!;
      expect(out[5 + c * plane]).toBeCloseTo(expected, 6);
      expect(out[5 + c * plane + plane - 1]).toBeCloseTo(expected, 6);
    }
  });

  it("an RGB image keeps its channels apart", () => {
    const plan = new PixelValuesPlan(facts);
    const data = new Uint8Array(28 * 28 * 3);
    for (let i = 0; i < 28 * 28; i++) data.set([0, 128, 255], i * 3);
    const out = new Float32Array(plan.valuesPerImage);
    plan.write({ width: 28, height: 28, channels: 3, data }, out, 0);
    const plane = 224 * 224;
    [0, 128, 255].forEach((v, c) => expect(out[c * plane + 1000]).toBeCloseTo((v / 255 - facts.mean[c]!) / facts.std[c]!, 6));
  });

  it("a wrong pixel count names the image and the expected size", () => {
    const plan = new PixelValuesPlan(facts);
    const out = new Float32Array(plan.valuesPerImage);
    expect(() => plan.write({ width: 28, height: 28, data: new Uint8Array(700) }, out, 0, 17)).toThrow(
      "image 17: expected 784 bytes (28x28x1), got 700",
    );
    expect(() => plan.write({ width: 0, height: 28, data: new Uint8Array(0) }, out, 0)).toThrow(/expected a positive whole width and height/);
  });

  it("refuses an image too small for the crop after resizing", () => {
    const tight: ImagePreprocessingFacts = { ...facts, shortestEdge: 200 };
    expect(() => new PixelValuesPlan(tight).resizeCrop(pattern(28, 28, 1))).toThrow(/resizes to 200x200, smaller than the 224x224 crop/);
  });
});

describe("splitImages", () => {
  it("gives views of each image of a MedMNIST split, no copy", () => {
    const images = new Uint8Array(3 * 4).map((_, i) => i);
    const views = splitImages({ images, count: 3, height: 2, width: 2, channels: 1 });
    expect(views.map((v) => Array.from(v.data))).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]);
    expect(views[1]!.data.buffer).toBe(images.buffer);
    expect(() => splitImages({ images, count: 4, height: 2, width: 2, channels: 1 })).toThrow(/expected 4 x 2x2x1 = 16 bytes/);
  });
});
