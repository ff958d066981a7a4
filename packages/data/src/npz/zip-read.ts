import { crc32, inflateRawSync } from "node:zlib";
import { DataFormatError } from "../errors/data-format-error";

/** One member of a zip archive, located through the central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function fail(file: string, expected: string, actual: string, entry?: string): never {
  throw new DataFormatError({ file, entry, expected, actual, actualIsDescription: true });
}

function u64(view: DataView, offset: number): number {
  const value = view.getBigUint64(offset, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError("zip offset beyond 2^53");
  return Number(value);
}

/** List the archive's members from its central directory (zip64 included, as numpy's savez may write it). */
export function listZipEntries(bytes: Uint8Array, file: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment (< 64 KiB).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) fail(file, "a zip archive (end of central directory record)", "none: the file is not a zip or is truncated");
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
    const z = u64(view, eocd - 20 + 8);
    if (z + 56 > bytes.length || view.getUint32(z, true) !== ZIP64_EOCD) fail(file, "a zip64 end of central directory record", "a broken one");
    count = u64(view, z + 32);
    cdSize = u64(view, z + 40);
    cdOffset = u64(view, z + 48);
  }
  if (cdOffset + cdSize > bytes.length) fail(file, `a central directory within the file's ${bytes.length} bytes`, `one ending at byte ${cdOffset + cdSize} (truncated file?)`);

  const entries: ZipEntry[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) fail(file, `central directory entry ${k + 1} of ${count}`, "other bytes");
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    let compressedSize = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let localHeaderOffset = view.getUint32(p + 42, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (flags & 1) fail(file, "unencrypted entries", "an encrypted entry", name);
    // Zip64 extra field: 64-bit values for whichever 32-bit fields are saturated, in this order.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = view.getUint16(e, true);
      const length = view.getUint16(e + 2, true);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff) { size = u64(view, q); q += 8; }
        if (compressedSize === 0xffffffff) { compressedSize = u64(view, q); q += 8; }
        if (localHeaderOffset === 0xffffffff) { localHeaderOffset = u64(view, q); }
      }
      e += 4 + length;
    }
    entries.push({ name, method, crc, compressedSize, size, localHeaderOffset });
    p = extraEnd + commentLength;
  }
  return entries;
}

/** Uncompressed bytes of one entry, checked against its size and CRC-32. Stored entries are views, not copies. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, file: string): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const h = entry.localHeaderOffset;
  if (h + 30 > bytes.length || view.getUint32(h, true) !== LOCAL) fail(file, "a local file header", "other bytes", entry.name);
  const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) fail(file, `${entry.compressedSize} compressed bytes`, `${Math.max(0, bytes.length - start)} (truncated file?)`, entry.name);
  const raw = bytes.subarray(start, end);
  let data: Uint8Array;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) {
    try {
      data = inflateRawSync(raw);
    } catch (error) {
      throw new DataFormatError(
        { file, entry: entry.name, expected: "valid deflate data", actual: (error as Error).message, actualIsDescription: true },
        { cause: error },
      );
    }
  } else fail(file, "compression method stored (0) or deflate (8)", `method ${entry.method}`, entry.name);
  if (data.length !== entry.size) fail(file, `${entry.size} uncompressed bytes`, `${data.length}`, entry.name);
  if (crc32(data) !== entry.crc) fail(file, "data matching its CRC-32", "a mismatch (corrupt file)", entry.name);
  return data;
}
