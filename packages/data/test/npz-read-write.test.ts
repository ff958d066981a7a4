import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DataFormatError, decodeNpz, encodeNpy, encodeNpz, parseNpy, readNpz, toCOrder, writeNpz, type NpyInput } from "../src/index";
import { makeTempDir, rejection, removeDir } from "./test-helpers";

// Written by numpy 1.24 (np.savez_compressed): train_images u1 (2,3,2) = arange, train_labels u1 [[1],[0]],
// val_images u1 (1,3,2) = 7, val_labels int64 [[1]], f = asfortranarray(arange(6.).reshape(2,3)).
const NUMPY_COMPRESSED =
  "UEsDBBQAAAAIAAAAIQD1zwrZVQAAAIwAAAAQABQAdHJhaW5faW1hZ2VzLm5weQEAEACMAAAAAAAAAFUAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgXlNqqK6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkaRjoKxjoKRpo6CrUK5AEuBkYmZhZWNnYOTi5uAFBLAwQUAAAACAAAACEAVBaui0gAAACCAAAAEAAUAHRyYWluX2xhYmVscy5ucHkBABAAggAAAAAAAABIAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loF5Taqiuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5GkY6CoaaOgq1CmQDLkYGAFBLAwQUAAAACAAAACEAtyCuNUwAAACGAAAADgAUAHZhbF9pbWFnZXMubnB5AQAQAIYAAAAAAAAATAAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBeU2qorqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqGOgrGOgpGmjoKtQrkAS52MAAAUEsDBBQAAAAIAAAAIQAOqgSlSgAAAIgAAAAOABQAdmFsX2xhYmVscy5ucHkBABAAiAAAAAAAAABKAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loG6TaaGuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5GoY6CoaaOgq1CmQDLkYGCAAAUEsDBBQAAAAIAAAAIQDkyAZgVwAAALAAAAAFABQAZi5ucHkBABAAsAAAAAAAAABXAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loG6TZqGuo6Cell9UUpSYF59flJIKEg8pKk0FChdnJBakArkaRjoKxpo6CrUK5AMuBhTA4QChP9hDaAEonwFKizgAAFBLAQIUAxQAAAAIAAAAIQD1zwrZVQAAAIwAAAAQAAAAAAAAAAAAAACAAQAAAAB0cmFpbl9pbWFnZXMubnB5UEsBAhQDFAAAAAgAAAAhAFQWrotIAAAAggAAABAAAAAAAAAAAAAAAIABlwAAAHRyYWluX2xhYmVscy5ucHlQSwECFAMUAAAACAAAACEAtyCuNUwAAACGAAAADgAAAAAAAAAAAAAAgAEhAQAAdmFsX2ltYWdlcy5ucHlQSwECFAMUAAAACAAAACEADqoEpUoAAACIAAAADgAAAAAAAAAAAAAAgAGtAQAAdmFsX2xhYmVscy5ucHlQSwECFAMUAAAACAAAACEA5MgGYFcAAACwAAAABQAAAAAAAAAAAAAAgAE3AgAAZi5ucHlQSwUGAAAAAAUABQAnAQAAxQIAAAAA";
// Written by numpy 1.24 (np.savez, stored, zip64 local headers): a = float32 [1.5, -2.25], n = int64 [[-1, 2], [3, -4]].
const NUMPY_STORED =
  "UEsDBBQAAAAAAAAAIQCHUYlPiAAAAIgAAAAFABQAYS5ucHkBABAAiAAAAAAAAACIAAAAAAAAAJNOVU1QWQEAdgB7J2Rlc2NyJzogJzxmNCcsICdmb3J0cmFuX29yZGVyJzogRmFsc2UsICdzaGFwZSc6ICgyLCksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAKAADAPwAAEMBQSwMEFAAAAAAAAAAhACJqSH2gAAAAoAAAAAUAFABuLm5weQEAEACgAAAAAAAAAKAAAAAAAAAAk05VTVBZAQB2AHsnZGVzY3InOiAnPGk4JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsIDIpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAr//////////wIAAAAAAAAAAwAAAAAAAAD8/////////1BLAQIUAxQAAAAAAAAAIQCHUYlPiAAAAIgAAAAFAAAAAAAAAAAAAACAAQAAAABhLm5weVBLAQIUAxQAAAAAAAAAIQAiakh9oAAAAKAAAAAFAAAAAAAAAAAAAACAAb8AAABuLm5weVBLBQYAAAAAAgACAGYAAACWAQAAAAA=";

const fromBase64 = (s: string) => new Uint8Array(Buffer.from(s, "base64"));

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("npz");
});
afterAll(() => removeDir(dir));

describe("reading numpy's own files", () => {
  it("decodes np.savez_compressed output: dtypes, shapes, values", () => {
    const arrays = decodeNpz(fromBase64(NUMPY_COMPRESSED), "numpy.npz");
    expect([...arrays.keys()]).toEqual(["train_images", "train_labels", "val_images", "val_labels", "f"]);
    const images = arrays.get("train_images")!;
    expect(images).toMatchObject({ dtype: "u1", shape: [2, 3, 2], fortranOrder: false });
    expect(Array.from(images.data as Uint8Array)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(arrays.get("val_labels")).toMatchObject({ dtype: "i8", shape: [1, 1] });
    expect(Array.from(arrays.get("val_labels")!.data as BigInt64Array)).toEqual([1n]);
    const f = arrays.get("f")!;
    expect(f.fortranOrder).toBe(true);
    expect(Array.from(f.data as Float64Array)).toEqual([0, 3, 1, 4, 2, 5]);
    expect(Array.from(toCOrder(f).data as Float64Array)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("decodes np.savez (stored members with zip64 extra fields)", () => {
    const arrays = decodeNpz(fromBase64(NUMPY_STORED), "numpy.npz");
    expect(Array.from(arrays.get("a")!.data as Float32Array)).toEqual([1.5, -2.25]);
    expect(arrays.get("n")!.shape).toEqual([2, 2]);
    expect(Array.from(arrays.get("n")!.data as BigInt64Array)).toEqual([-1n, 2n, 3n, -4n]);
  });

  it("inflates only the requested keys", () => {
    expect([...decodeNpz(fromBase64(NUMPY_COMPRESSED), "numpy.npz", ["val_labels"]).keys()]).toEqual(["val_labels"]);
  });
});

describe("writeNpz / readNpz round trip", () => {
  const inputs: Record<string, NpyInput> = {
    u1: { data: new Uint8Array([0, 255, 7, 9, 1, 2]), shape: [2, 3] },
    i1: { data: new Int8Array([-128, 127]) },
    i2: { data: new Int16Array([-3, 4]) },
    u2: { data: new Uint16Array([65535]) },
    i4: { data: new Int32Array([-2147483648, 5]) },
    u4: { data: new Uint32Array([4294967295]) },
    i8: { data: new BigInt64Array([-(2n ** 62n), 3n]), shape: [2, 1] },
    u8: { data: new BigUint64Array([2n ** 64n - 1n]) },
    f4: { data: new Float32Array([1.5, Number.NaN, -0]) },
    f8: { data: new Float64Array([Math.PI, -1e300, 5e-324]), shape: [1, 3] },
    b1: { data: new Uint8Array([1, 0, 1]), dtype: "b1" },
    scalar: { data: new Float64Array([42]), shape: [], dtype: "f8" },
    empty: { data: new Float32Array(0), shape: [0, 4], dtype: "f4" },
  };

  for (const compress of [true, false]) {
    it(`keeps every dtype, shape and value (${compress ? "compressed" : "stored"})`, async () => {
      const file = join(dir, `round-${compress}.npz`);
      await writeNpz(file, inputs, { compress });
      const arrays = await readNpz(file);
      expect([...arrays.keys()]).toEqual(Object.keys(inputs));
      for (const [key, input] of Object.entries(inputs)) {
        const array = arrays.get(key)!;
        expect(array.shape).toEqual(input.shape ?? [input.data.length]);
        expect(array.dtype).toBe(input.dtype ?? key);
        expect(array.data.constructor).toBe(input.data.constructor);
        expect(Array.from(array.data as ArrayLike<number>)).toEqual(Array.from(input.data as ArrayLike<number>));
      }
    });
  }

  it("is deterministic (same arrays, same bytes) and pads headers to 64 bytes", () => {
    expect(Buffer.from(encodeNpz(inputs)).equals(Buffer.from(encodeNpz(inputs)))).toBe(true);
    const npy = encodeNpy({ data: new Float64Array([1, 2]) });
    const headerLength = npy[8]! + npy[9]! * 256;
    expect((10 + headerLength) % 64).toBe(0);
    expect(parseNpy(npy, { file: "x", entry: "x" }).data).toEqual(new Float64Array([1, 2]));
  });

  it("refuses a shape that does not match the data", () => {
    expect(() => encodeNpy({ data: new Uint8Array(6), shape: [4, 2] })).toThrow(/shape \(4, 2\) does not hold 6 values/);
  });
});

describe("corrupt archives and arrays", () => {
  const good = () => encodeNpz({ train_images: { data: new Uint8Array(2 * 4 * 4).fill(3), shape: [2, 4, 4] } }, { compress: false });

  it("names the file when it is not a zip or is cut short", async () => {
    const bytes = good();
    for (const [name, content] of [
      ["text.npz", new TextEncoder().encode("hello, not a zip")],
      ["cut.npz", bytes.subarray(0, bytes.length - 40)],
    ] as const) {
      const file = join(dir, name);
      await writeFile(file, content);
      const error = await rejection(readNpz(file));
      expect(error).toBeInstanceOf(DataFormatError);
      expect(error.message).toMatch(new RegExp(`^${name.replace(".", "\\.")}: expected a zip archive`));
    }
  });

  it("detects flipped data bytes through the CRC", () => {
    const bytes = good();
    bytes[200] = bytes[200]! ^ 0xff; // inside the stored image data
    expect(() => decodeNpz(bytes, "flip.npz")).toThrow('flip.npz, entry "train_images.npy": expected data matching its CRC-32, got a mismatch (corrupt file)');
  });

  it("rejects big-endian data, unsupported dtypes and a data length that does not fit the shape", () => {
    const npy = (header: string, dataBytes: number) => {
      const dict = header.padEnd(117, " ") + "\n";
      const out = new Uint8Array(128 + dataBytes);
      out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, 118, 0]);
      out.set(new TextEncoder().encode(dict), 10);
      return out;
    };
    const where = { file: "a.npz", entry: "x" };
    expect(() => parseNpy(npy("{'descr': '>f8', 'fortran_order': False, 'shape': (2,), }", 16), where)).toThrow(
      'a.npz, entry "x": expected little-endian data, got big-endian dtype ">f8"',
    );
    expect(() => parseNpy(npy("{'descr': '<c16', 'fortran_order': False, 'shape': (2,), }", 32), where)).toThrow(/expected dtype bool.*got dtype "<c16"/);
    expect(() => parseNpy(npy("{'descr': '|u1', 'fortran_order': False, 'shape': (3, 3), }", 8), where)).toThrow(
      'a.npz, entry "x": expected 9 data bytes for shape (3, 3) of u1, got 8 bytes',
    );
    expect(() => parseNpy(new Uint8Array(20), where)).toThrow(/expected an \.npy array/);
  });

  it("reads a version 2 header", () => {
    const v1 = encodeNpy({ data: new Int32Array([1, 2, 3]) });
    const headerLength = v1[8]! + v1[9]! * 256;
    const v2 = new Uint8Array(v1.length + 64);
    v2.set(v1.subarray(0, 8));
    v2[6] = 2;
    new DataView(v2.buffer).setUint32(8, headerLength + 62, true);
    const header = new TextDecoder().decode(v1.subarray(10, 10 + headerLength)).trimEnd().padEnd(headerLength + 61, " ") + "\n";
    v2.set(new TextEncoder().encode(header), 12);
    v2.set(v1.subarray(10 + headerLength), 12 + headerLength + 62);
    expect(Array.from(parseNpy(v2, { file: "v2.npz", entry: "x" }).data as Int32Array)).toEqual([1, 2, 3]);
  });

  it("reads the real archive bytes it wrote from disk unchanged", async () => {
    const file = join(dir, "disk.npz");
    await writeNpz(file, { a: { data: new Uint8Array([1, 2, 3]) } });
    expect(Buffer.from(await readFile(file)).equals(Buffer.from(encodeNpz({ a: { data: new Uint8Array([1, 2, 3]) } })))).toBe(true);
  });
});
