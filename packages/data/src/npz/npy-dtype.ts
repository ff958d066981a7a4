// The numpy dtypes this reader/writer handles: little-endian (or byte-sized) integers, floats, bool.
export type NpyDtype = "b1" | "i1" | "u1" | "i2" | "u2" | "i4" | "u4" | "i8" | "u8" | "f4" | "f8";

export type NpyData =
  | Uint8Array
  | Int8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | BigInt64Array
  | BigUint64Array
  | Float32Array
  | Float64Array;

interface DtypeInfo {
  size: number;
  create: (buffer: ArrayBuffer, byteOffset: number, length: number) => NpyData;
}

export const NPY_DTYPES: Record<NpyDtype, DtypeInfo> = {
  b1: { size: 1, create: (b, o, n) => new Uint8Array(b, o, n) },
  i1: { size: 1, create: (b, o, n) => new Int8Array(b, o, n) },
  u1: { size: 1, create: (b, o, n) => new Uint8Array(b, o, n) },
  i2: { size: 2, create: (b, o, n) => new Int16Array(b, o, n) },
  u2: { size: 2, create: (b, o, n) => new Uint16Array(b, o, n) },
  i4: { size: 4, create: (b, o, n) => new Int32Array(b, o, n) },
  u4: { size: 4, create: (b, o, n) => new Uint32Array(b, o, n) },
  i8: { size: 8, create: (b, o, n) => new BigInt64Array(b, o, n) },
  u8: { size: 8, create: (b, o, n) => new BigUint64Array(b, o, n) },
  f4: { size: 4, create: (b, o, n) => new Float32Array(b, o, n) },
  f8: { size: 8, create: (b, o, n) => new Float64Array(b, o, n) },
};

export function isNpyDtype(code: string): code is NpyDtype {
  return Object.hasOwn(NPY_DTYPES, code);
}

/** The dtype a typed array is written as. Uint8Array is u1 (bool arrays must say "b1" explicitly). */
export function dtypeOf(data: NpyData): NpyDtype {
  if (data instanceof Uint8Array) return "u1";
  if (data instanceof Int8Array) return "i1";
  if (data instanceof Int16Array) return "i2";
  if (data instanceof Uint16Array) return "u2";
  if (data instanceof Int32Array) return "i4";
  if (data instanceof Uint32Array) return "u4";
  if (data instanceof BigInt64Array) return "i8";
  if (data instanceof BigUint64Array) return "u8";
  if (data instanceof Float32Array) return "f4";
  return "f8";
}

/** numpy's descr string: byte-sized types carry "|" (no byte order), the rest little-endian "<". */
export function descrOf(dtype: NpyDtype): string {
  return `${NPY_DTYPES[dtype].size === 1 ? "|" : "<"}${dtype}`;
}

/** A human name for error messages ("uint8" rather than "|u1"). */
export function dtypeName(dtype: string): string {
  const names: Record<string, string> = {
    b1: "bool", i1: "int8", u1: "uint8", i2: "int16", u2: "uint16", i4: "int32", u4: "uint32",
    i8: "int64", u8: "uint64", f4: "float32", f8: "float64",
  };
  return names[dtype] ?? dtype;
}
