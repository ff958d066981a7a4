import { DataFormatError } from "../errors/data-format-error";
import { NPY_DTYPES, descrOf, dtypeOf, isNpyDtype, type NpyData, type NpyDtype } from "./npy-dtype";

/** One numpy array: flat data in file order (C order unless fortranOrder), plus its shape. */
export interface NpyArray {
  dtype: NpyDtype;
  shape: number[];
  fortranOrder: boolean;
  data: NpyData;
}

/** What the writer takes: the shape defaults to 1-D, the dtype to the typed array's own. */
export interface NpyInput {
  data: NpyData;
  shape?: readonly number[];
  /** Only needed to write a Uint8Array as numpy bool ("b1"). */
  dtype?: NpyDtype;
}

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // "\x93NUMPY"

interface Where {
  file: string;
  entry: string;
}

function fail(where: Where, expected: string, actual: string, isDescription = true): never {
  throw new DataFormatError({ ...where, expected, actual, actualIsDescription: isDescription });
}

/** Parse numpy's header dict, e.g. `{'descr': '|u1', 'fortran_order': False, 'shape': (4708, 28, 28), }`. */
function parseHeaderDict(text: string, where: Where): { descr: string; fortranOrder: boolean; shape: number[] } {
  const descr = /['"]descr['"]\s*:\s*['"]([^'"]+)['"]/.exec(text)?.[1];
  const order = /['"]fortran_order['"]\s*:\s*(True|False)/.exec(text)?.[1];
  const shapeText = /['"]shape['"]\s*:\s*\(([^)]*)\)/.exec(text)?.[1];
  if (descr === undefined || order === undefined || shapeText === undefined) {
    fail(where, "an .npy header with descr, fortran_order and shape", text.trim(), false);
  }
  const parts = shapeText.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
  const shape = parts.map((p) => {
    if (!/^\d+L?$/.test(p)) fail(where, "non-negative integer dimensions in shape", `(${shapeText})`, false);
    return Number.parseInt(p, 10);
  });
  return { descr, fortranOrder: order === "True", shape };
}

/**
 * Parse an .npy file (format versions 1-3) held in `bytes`. The data is a view on `bytes` when it is
 * suitably aligned (no copy), otherwise a copy of the data part only.
 */
export function parseNpy(bytes: Uint8Array, where: Where): NpyArray {
  if (bytes.length < 10 || MAGIC.some((b, i) => bytes[i] !== b)) {
    fail(where, "an .npy array (magic \\x93NUMPY)", "other bytes");
  }
  const major = bytes[6]!;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let headerLength: number;
  let headerStart: number;
  if (major === 1) {
    headerLength = view.getUint16(8, true);
    headerStart = 10;
  } else if (major === 2 || major === 3) {
    if (bytes.length < 12) fail(where, "a complete .npy header", `${bytes.length} bytes`);
    headerLength = view.getUint32(8, true);
    headerStart = 12;
  } else {
    fail(where, ".npy format version 1, 2 or 3", `version ${major}.${bytes[7]}`);
  }
  const dataStart = headerStart + headerLength;
  if (dataStart > bytes.length) fail(where, `a ${headerLength}-byte .npy header`, `${bytes.length - headerStart} bytes`);
  const headerText = new TextDecoder(major === 3 ? "utf-8" : "latin1").decode(bytes.subarray(headerStart, dataStart));
  const { descr, fortranOrder, shape } = parseHeaderDict(headerText, where);

  const order = descr[0];
  const code = order === "<" || order === ">" || order === "|" || order === "=" ? descr.slice(1) : descr;
  if (!isNpyDtype(code)) {
    fail(where, "dtype bool, int8-64, uint8-64, float32 or float64", `dtype ${JSON.stringify(descr)}`);
  }
  const info = NPY_DTYPES[code];
  if (order === ">" && info.size > 1) fail(where, "little-endian data", `big-endian dtype ${JSON.stringify(descr)}`);

  const length = shape.reduce((a, b) => a * b, 1);
  const byteLength = length * info.size;
  if (bytes.length - dataStart !== byteLength) {
    fail(
      where,
      `${byteLength} data bytes for shape (${shape.join(", ")}) of ${code}`,
      `${bytes.length - dataStart} bytes`,
    );
  }
  const absolute = bytes.byteOffset + dataStart;
  let data: NpyData;
  if (absolute % info.size === 0) {
    data = info.create(bytes.buffer as ArrayBuffer, absolute, length);
  } else {
    // Typed arrays need aligned offsets; copy just this array's bytes. (Not bytes.slice(): on a
    // Node Buffer that is a view, not a copy.)
    const copy = new Uint8Array(byteLength);
    copy.set(bytes.subarray(dataStart, dataStart + byteLength));
    data = info.create(copy.buffer, 0, length);
  }
  return { dtype: code, shape, fortranOrder, data };
}

/** Encode an array as .npy (version 1 unless the header is too long), header padded to 64 bytes. */
export function encodeNpy(input: NpyInput): Uint8Array {
  const dtype = input.dtype ?? dtypeOf(input.data);
  const info = NPY_DTYPES[dtype];
  if (info.size !== input.data.BYTES_PER_ELEMENT) {
    throw new Error(`encodeNpy: dtype ${dtype} does not match a ${input.data.constructor.name}`);
  }
  const shape = input.shape ?? [input.data.length];
  const count = shape.reduce((a, b) => a * b, 1);
  if (shape.some((d) => !Number.isInteger(d) || d < 0) || count !== input.data.length) {
    throw new Error(`encodeNpy: shape (${shape.join(", ")}) does not hold ${input.data.length} values`);
  }
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
  const dict = `{'descr': '${descrOf(dtype)}', 'fortran_order': False, 'shape': ${shapeText}, }`;
  const version = dict.length + 1 + 10 < 65536 ? 1 : 2;
  const prefix = version === 1 ? 10 : 12;
  const padded = Math.ceil((prefix + dict.length + 1) / 64) * 64;
  const headerLength = padded - prefix;
  const out = new Uint8Array(padded + input.data.byteLength);
  out.set(MAGIC, 0);
  out[6] = version;
  out[7] = 0;
  const view = new DataView(out.buffer);
  if (version === 1) view.setUint16(8, headerLength, true);
  else view.setUint32(8, headerLength, true);
  const header = dict.padEnd(headerLength - 1, " ") + "\n";
  for (let i = 0; i < header.length; i++) out[prefix + i] = header.charCodeAt(i);
  out.set(new Uint8Array(input.data.buffer, input.data.byteOffset, input.data.byteLength), padded);
  return out;
}
