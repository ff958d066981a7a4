import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import { decodeUpload } from "../src/imaging/decode";
import { loadTriageDataset, type TriageDataset } from "../src/pipeline/dataset";
import { IMAGE_SIZE, PIXELS, pixelsToInput, preprocess, toModelPixels } from "../src/pipeline/preprocess";
import { EXPLICIT_VR_LITTLE_ENDIAN } from "../src/imaging/dicom-writer";
import { fixtureDicom } from "./support/dicom-fixture";
import { syntheticDataDir } from "./support/synthetic";

const KEY = { uidKey: "test-key-0123456789abcdef" };

function pngOf(grey: Uint8Array, width: number, height: number, colour = false): Uint8Array {
  const png = new PNG({ width, height, colorType: colour ? 2 : 0, inputColorType: 6, inputHasAlpha: true });
  for (let i = 0; i < width * height; i++) png.data.set([grey[i]!, grey[i]!, grey[i]!, 255], i * 4);
  return PNG.sync.write(png, { colorType: colour ? 2 : 0, inputColorType: 6, inputHasAlpha: true });
}

describe("preprocessing is the same for training and uploads", () => {
  let data: TriageDataset;
  let cleanup: () => void;
  beforeAll(async () => {
    const made = await syntheticDataDir(60);
    cleanup = made.cleanup;
    data = await loadTriageDataset(made.dir);
  });
  afterAll(() => cleanup());

  it("an npz image saved as PNG and uploaded gives the identical tensor", () => {
    for (const index of [0, 1, 7, 13]) {
      const stored = data.train.pixels.subarray(index * PIXELS, (index + 1) * PIXELS);
      const trainingTensor = data.train.input.subarray(index * PIXELS, (index + 1) * PIXELS);
      for (const colour of [false, true]) {
        const upload = decodeUpload(pngOf(stored, IMAGE_SIZE, IMAGE_SIZE, colour), "roundtrip.png", KEY);
        expect(upload.format).toBe("png");
        expect(Array.from(toModelPixels(upload.image))).toEqual(Array.from(stored));
        expect(preprocess(upload.image)).toEqual(trainingTensor);
      }
    }
  });

  it("scales 8-bit pixels to [0, 1] exactly as the training input", () => {
    const pixels = new Uint8Array(PIXELS);
    pixels.set([0, 51, 255]);
    expect(Array.from(pixelsToInput(pixels).subarray(0, 3))).toEqual([0, 0.2, 1].map((v) => Math.fround(v)));
    expect(() => pixelsToInput(new Uint8Array(3))).toThrow(/not a whole number/);
  });

  it("downsizes any size by area averaging after a centre square crop", () => {
    const stored = data.val.pixels.subarray(0, PIXELS);
    // 10x nearest-neighbour upscale inside a wider canvas: the crop and the average undo it exactly.
    const width = 340;
    const height = 280;
    const big = new Uint8Array(width * height).fill(200);
    for (let y = 0; y < 280; y++) for (let x = 0; x < 280; x++) big[y * width + 30 + x] = stored[Math.floor(y / 10) * IMAGE_SIZE + Math.floor(x / 10)]!;
    expect(Array.from(toModelPixels({ width, height, data: big }))).toEqual(Array.from(stored));
  });

  it("enlarges small images bilinearly and rejects bad geometry", () => {
    const tiny = toModelPixels({ width: 2, height: 2, data: [0, 255, 0, 255] });
    expect(tiny[0]).toBe(0);
    expect(tiny[IMAGE_SIZE - 1]).toBe(255);
    expect(() => toModelPixels({ width: 3, height: 3, data: [1, 2] })).toThrow(/expected 3x3/);
    expect(() => toModelPixels({ width: 0, height: 3, data: [] })).toThrow(/positive integers/);
  });

  it("decodes JPEG and DICOM uploads to the same 28x28 8-bit input", () => {
    const width = 56;
    const rgba = new Uint8Array(width * width * 4);
    for (let i = 0; i < width * width; i++) rgba.set([128, 128, 128, 255], i * 4);
    const fromJpeg = toModelPixels(decodeUpload(jpeg.encode({ data: rgba, width, height: width }, 100).data, "flat.jpg", KEY).image);
    expect(Math.max(...fromJpeg) - Math.min(...fromJpeg)).toBeLessThanOrEqual(2);
    const dicom = decodeUpload(fixtureDicom({ transferSyntaxUid: EXPLICIT_VR_LITTLE_ENDIAN, width: 56, height: 56, bits: 16 }), "gradient.dcm", KEY);
    const fromDicom = toModelPixels(dicom.image);
    expect(fromDicom[0]).toBeLessThanOrEqual(5); // darkest corner top-left (a 2x2 average near 0)
    expect(fromDicom[PIXELS - 1]).toBeGreaterThanOrEqual(250); // brightest bottom-right
    expect(fromDicom[IMAGE_SIZE * 27]).toBeGreaterThan(fromDicom[27]!); // y weighs twice x in the gradient
  });

  it("inverts MONOCHROME1 and applies the VOI window", () => {
    const mono1 = toModelPixels(decodeUpload(fixtureDicom({ photometric: "MONOCHROME1", width: 28, height: 28, bits: 8 }), "m1.dcm", KEY).image);
    const mono2 = toModelPixels(decodeUpload(fixtureDicom({ photometric: "MONOCHROME2", width: 28, height: 28, bits: 8 }), "m2.dcm", KEY).image);
    mono1.forEach((v, i) => expect(v + mono2[i]!).toBe(255));
    const windowed = toModelPixels(decodeUpload(fixtureDicom({ width: 28, height: 28, bits: 16, window: { center: 2048, width: 100 } }), "w.dcm", KEY).image);
    expect(windowed[0]).toBe(0);
    expect(windowed[PIXELS - 1]).toBe(255);
    expect(windowed.filter((v) => v > 0 && v < 255).length).toBeLessThan(PIXELS / 4); // a narrow window saturates most pixels
  });
});
