// A small in-memory model of a DICOM data set, independent of the parser, so that de-identification can
// rebuild a file element by element and tests can build fixtures. Tags are numbers: (group << 16) | element.

export type DicomElement =
  | { tag: number; vr: string; value: Uint8Array }
  | { tag: number; vr: "SQ"; items: DicomElement[][] }
  /** Encapsulated (compressed) pixel data: basic offset table and fragments as stored. */
  | { tag: number; vr: "OB"; encapsulated: { offsetTable: Uint8Array; fragments: Uint8Array[] } };

export const tagOf = (group: number, element: number): number => ((group << 16) | element) >>> 0;
export const groupOf = (tag: number): number => tag >>> 16;
export const elementOf = (tag: number): number => tag & 0xffff;

/** "(0010,0010)" for messages and reports. */
export function tagText(tag: number): string {
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, "0");
  return `(${hex(groupOf(tag))},${hex(elementOf(tag))})`;
}

/** dicom-parser's "x00100010" key to a numeric tag. */
export function parseTagKey(key: string): number {
  if (!/^x[0-9a-fA-F]{8}$/.test(key)) throw new Error(`unexpected DICOM tag key "${key}"`);
  return Number.parseInt(key.slice(1), 16) >>> 0;
}

const TEXT_PADDED_WITH_NUL = new Set(["UI", "OB", "UN"]);

/** A string value encoded as DICOM wants it: ASCII/Latin-1 bytes padded to an even length (NUL for UIDs, space otherwise). */
export function textValue(vr: string, text: string): Uint8Array {
  const bytes = Buffer.from(text, "latin1");
  if (bytes.length % 2 === 0) return new Uint8Array(bytes);
  const out = new Uint8Array(bytes.length + 1);
  out.set(bytes);
  out[bytes.length] = TEXT_PADDED_WITH_NUL.has(vr) ? 0 : 0x20;
  return out;
}

export function textElement(tag: number, vr: string, text: string): DicomElement {
  return { tag, vr, value: textValue(vr, text) };
}

export function uint16Element(tag: number, value: number): DicomElement {
  const bytes = new Uint8Array(2);
  new DataView(bytes.buffer).setUint16(0, value, true);
  return { tag, vr: "US", value: bytes };
}

/** Reads a string value back (trailing padding removed). */
export function valueText(value: Uint8Array): string {
  return Buffer.from(value).toString("latin1").replace(/[\0 ]+$/, "");
}
