// Writes a DICOM Part 10 file (128-byte preamble, "DICM", file meta group in explicit VR little endian, then
// the data set in implicit or explicit VR little endian). Sequences and encapsulated pixel data are written
// with undefined length and delimitation items, which every reader accepts.
import { groupOf, textElement, type DicomElement, tagOf } from "./dicom-elements";

export const IMPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2";
export const EXPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2.1";
export const JPEG_BASELINE = "1.2.840.10008.1.2.4.50";
/** Ours: a UUID-derived root (PS3.5 B.2), so no organisation's root is borrowed. */
export const IMPLEMENTATION_CLASS_UID = "2.25.171922403306385939441235906442913620221";
export const IMPLEMENTATION_VERSION_NAME = "VERTICALS_TRIAGE";

// VRs whose explicit-VR header has 2 reserved bytes and a 4-byte length.
const LONG_VRS = new Set(["OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV"]);
const UNDEFINED_LENGTH = 0xffffffff;

export interface FileMeta {
  sopClassUid: string;
  sopInstanceUid: string;
  transferSyntaxUid: string;
}

class ByteWriter {
  private chunks: Uint8Array[] = [];
  size = 0;
  push(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.size += bytes.length;
  }
  u16(value: number): void {
    const b = new Uint8Array(2);
    new DataView(b.buffer).setUint16(0, value, true);
    this.push(b);
  }
  u32(value: number): void {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, value >>> 0, true);
    this.push(b);
  }
  tag(tag: number): void {
    this.u16(groupOf(tag));
    this.u16(tag & 0xffff);
  }
  bytes(): Uint8Array {
    return Buffer.concat(this.chunks);
  }
}

export function writePart10(meta: FileMeta, dataset: DicomElement[]): Uint8Array {
  const explicit = meta.transferSyntaxUid !== IMPLICIT_VR_LITTLE_ENDIAN;
  const metaElements: DicomElement[] = [
    { tag: tagOf(0x0002, 0x0001), vr: "OB", value: new Uint8Array([0, 1]) },
    textElement(tagOf(0x0002, 0x0002), "UI", meta.sopClassUid),
    textElement(tagOf(0x0002, 0x0003), "UI", meta.sopInstanceUid),
    textElement(tagOf(0x0002, 0x0010), "UI", meta.transferSyntaxUid),
    textElement(tagOf(0x0002, 0x0012), "UI", IMPLEMENTATION_CLASS_UID),
    textElement(tagOf(0x0002, 0x0013), "SH", IMPLEMENTATION_VERSION_NAME),
  ];
  const metaBody = new ByteWriter();
  for (const element of metaElements) writeElement(metaBody, element, true);
  const out = new ByteWriter();
  out.push(new Uint8Array(128));
  out.push(new TextEncoder().encode("DICM"));
  const groupLength = new Uint8Array(4);
  new DataView(groupLength.buffer).setUint32(0, metaBody.size, true);
  writeElement(out, { tag: tagOf(0x0002, 0x0000), vr: "UL", value: groupLength }, true);
  out.push(metaBody.bytes());
  const body = new ByteWriter();
  for (const element of sortElements(dataset)) {
    if (groupOf(element.tag) === 0x0002) continue; // the file meta group is ours
    writeElement(body, element, explicit);
  }
  out.push(body.bytes());
  return out.bytes();
}

export function sortElements(elements: DicomElement[]): DicomElement[] {
  return [...elements].sort((a, b) => a.tag - b.tag);
}

function writeHeader(w: ByteWriter, tag: number, vr: string, length: number, explicit: boolean): void {
  w.tag(tag);
  if (!explicit) {
    w.u32(length);
    return;
  }
  const code = vr.length === 2 ? vr : "UN";
  w.push(new TextEncoder().encode(code));
  if (LONG_VRS.has(code)) {
    w.u16(0);
    w.u32(length);
  } else {
    if (length > 0xffff) throw new Error(`element ${tag.toString(16)} (${code}) is ${length} bytes, too long for its VR`);
    w.u16(length);
  }
}

function writeElement(w: ByteWriter, element: DicomElement, explicit: boolean): void {
  if ("items" in element) {
    writeHeader(w, element.tag, "SQ", UNDEFINED_LENGTH, explicit);
    for (const item of element.items) {
      w.tag(tagOf(0xfffe, 0xe000));
      w.u32(UNDEFINED_LENGTH);
      for (const child of sortElements(item)) writeElement(w, child, explicit);
      w.tag(tagOf(0xfffe, 0xe00d));
      w.u32(0);
    }
    w.tag(tagOf(0xfffe, 0xe0dd));
    w.u32(0);
    return;
  }
  if ("encapsulated" in element) {
    if (!explicit) throw new Error("encapsulated pixel data needs an explicit VR transfer syntax");
    writeHeader(w, element.tag, "OB", UNDEFINED_LENGTH, explicit);
    for (const fragment of [element.encapsulated.offsetTable, ...element.encapsulated.fragments]) {
      w.tag(tagOf(0xfffe, 0xe000));
      w.u32(fragment.length);
      w.push(fragment);
    }
    w.tag(tagOf(0xfffe, 0xe0dd));
    w.u32(0);
    return;
  }
  const value = element.value.length % 2 === 0 ? element.value : padOdd(element.value);
  writeHeader(w, element.tag, element.vr, value.length, explicit);
  w.push(value);
}

function padOdd(value: Uint8Array): Uint8Array {
  const out = new Uint8Array(value.length + 1);
  out.set(value);
  return out;
}
