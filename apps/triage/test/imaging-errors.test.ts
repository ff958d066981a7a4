import { describe, expect, it } from "@jest/globals";
import { PNG } from "pngjs";
import { decodeUpload } from "../src/imaging/decode";
import { ImageInputError } from "../src/imaging/image-input-error";
import { fixtureDicom } from "./support/dicom-fixture";

const KEY = { uidKey: "test-key-0123456789abcdef" };

function failure(bytes: Uint8Array, name: string): ImageInputError {
  try {
    decodeUpload(bytes, name, KEY);
  } catch (error) {
    if (error instanceof ImageInputError) return error;
    throw new Error(`expected an ImageInputError, got ${String(error)}`);
  }
  throw new Error("expected decoding to fail");
}

function validPng(): Uint8Array {
  const png = new PNG({ width: 8, height: 8 });
  png.data.fill(200);
  return PNG.sync.write(png);
}

describe("bad uploads get clear 4xx errors", () => {
  it("empty file: 400", () => {
    const e = failure(new Uint8Array(0), "empty.png");
    expect([e.status, e.code]).toEqual([400, "EMPTY_FILE"]);
  });

  it("wrong type (text, PDF): 415 naming the accepted types", () => {
    const e = failure(new TextEncoder().encode("patient,label\n1,0\n"), "notes.csv");
    expect([e.status, e.code]).toEqual([415, "UNSUPPORTED_TYPE"]);
    expect(e.message).toMatch(/notes\.csv: not a PNG, JPEG or DICOM/);
    expect(failure(new TextEncoder().encode("%PDF-1.7 ..."), "scan.pdf").status).toBe(415);
  });

  it("corrupt PNG (truncated, bad CRC): 422", () => {
    const png = validPng();
    const truncated = failure(png.subarray(0, png.length - 20), "cut.png");
    expect([truncated.status, truncated.code]).toEqual([422, "CORRUPT_IMAGE"]);
    expect(truncated.message).toMatch(/^cut\.png: not a readable PNG/);
    const garbled = new Uint8Array(png);
    garbled[40] = garbled[40]! ^ 0xff;
    expect(failure(garbled, "garbled.png").status).toBe(422);
  });

  it("a PNG declaring a gigantic size: 413 before decoding", () => {
    const png = new Uint8Array(validPng());
    new DataView(png.buffer).setUint32(16, 60_000);
    new DataView(png.buffer).setUint32(20, 60_000);
    const e = failure(png, "huge.png");
    expect([e.status, e.code]).toEqual([413, "IMAGE_TOO_LARGE"]);
  });

  it("corrupt JPEG: 422", () => {
    const e = failure(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3, 4]), "broken.jpg");
    expect([e.status, e.code]).toEqual([422, "CORRUPT_IMAGE"]);
  });

  it("truncated DICOM: 422 naming the file", () => {
    const dicom = fixtureDicom();
    for (const cut of [200, 600, dicom.length - 100]) {
      const e = failure(dicom.subarray(0, cut), "cut.dcm");
      expect(e.status).toBe(422);
      expect(e.message).toMatch(/^cut\.dcm/);
    }
  });

  it("DICOM in an unsupported transfer syntax: 415", () => {
    const e = failure(fixtureDicom({ transferSyntaxUid: "1.2.840.10008.1.2.2" }), "bigendian.dcm");
    expect([e.status, e.code]).toEqual([415, "UNSUPPORTED_DICOM"]);
    const lossless = failure(fixtureDicom({ transferSyntaxUid: "1.2.840.10008.1.2.4.70" }), "lossless.dcm");
    expect([lossless.status, lossless.code]).toEqual([415, "UNSUPPORTED_DICOM"]); // JPEG Lossless: no decoder here
    expect(lossless.message).toMatch(/1\.2\.840\.10008\.1\.2\.4\.70 cannot be decoded here/);
  });
});
