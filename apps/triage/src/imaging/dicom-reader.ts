// Reads a DICOM Part 10 file with dicom-parser into the element model of dicom-elements.ts. Little-endian
// transfer syntaxes only (implicit, explicit and encapsulated); the retired big-endian and the deflated ones
// are refused with a clear message. Parser failures (no "DICM", truncated data) become 422 errors.
import { dicomParser, type DataSet, type Element } from "./dicom-parser-module";
import { groupOf, parseTagKey, tagText, type DicomElement } from "./dicom-elements";
import { IMPLICIT_VR_LITTLE_ENDIAN } from "./dicom-writer";
import { ImageInputError } from "./image-input-error";
import { IMPLICIT_VRS } from "./dicom-dictionary";

export interface ParsedDicom {
  transferSyntaxUid: string;
  /** Data set elements (file meta group excluded), in file order. */
  elements: DicomElement[];
  /** The parser's data set, for pixel decoding. */
  dataSet: DataSet;
}

const REFUSED_SYNTAXES: Record<string, string> = {
  "1.2.840.10008.1.2.2": "Explicit VR Big Endian (retired)",
  "1.2.840.10008.1.2.1.99": "Deflated Explicit VR Little Endian",
};

export function readDicom(bytes: Uint8Array, fileName: string): ParsedDicom {
  // Refuse unsupported encodings before the parser misreads them as corrupt data.
  const declared = metaTransferSyntax(bytes);
  const refusedEarly = declared ? REFUSED_SYNTAXES[declared] : undefined;
  if (declared && refusedEarly) {
    throw new ImageInputError("UNSUPPORTED_DICOM", `${fileName}: transfer syntax ${declared} (${refusedEarly}) is not supported; send Explicit or Implicit VR Little Endian, or JPEG Baseline`);
  }
  let dataSet: DataSet;
  try {
    dataSet = dicomParser.parseDicom(bytes, { vrCallback: (tag: string) => IMPLICIT_VRS.get(parseTagKey(tag)) } as never);
  } catch (error) {
    throw new ImageInputError("CORRUPT_IMAGE", `${fileName}: not a readable DICOM Part 10 file (${parserMessage(error)})`, { cause: error });
  }
  const transferSyntaxUid = dataSet.string("x00020010");
  if (!transferSyntaxUid) throw new ImageInputError("CORRUPT_IMAGE", `${fileName}: DICOM file meta has no Transfer Syntax UID (0002,0010)`);
  const refused = REFUSED_SYNTAXES[transferSyntaxUid];
  if (refused) throw new ImageInputError("UNSUPPORTED_DICOM", `${fileName}: transfer syntax ${transferSyntaxUid} (${refused}) is not supported; send Explicit or Implicit VR Little Endian, or JPEG Baseline`);
  const explicit = transferSyntaxUid !== IMPLICIT_VR_LITTLE_ENDIAN;
  const elements = convertDataSet(dataSet, explicit, fileName).filter((e) => groupOf(e.tag) !== 0x0002);
  return { transferSyntaxUid, elements, dataSet };
}

function convertDataSet(dataSet: DataSet, explicit: boolean, fileName: string): DicomElement[] {
  const out: DicomElement[] = [];
  for (const [key, element] of Object.entries(dataSet.elements)) {
    const tag = parseTagKey(key);
    if (groupOf(tag) === 0xfffe) continue; // item and delimitation markers: the writer makes its own
    out.push(convertElement(dataSet, element, tag, explicit, fileName));
  }
  return out;
}

function convertElement(dataSet: DataSet, element: Element, tag: number, explicit: boolean, fileName: string): DicomElement {
  const bytes = dataSet.byteArray;
  if (element.items) {
    return {
      tag,
      vr: "SQ",
      items: element.items.map((item) => (item.dataSet ? convertDataSet(item.dataSet, explicit, fileName) : [])),
    };
  }
  if (element.encapsulatedPixelData && element.fragments) {
    const offsets = element.basicOffsetTable ?? [];
    const table = new Uint8Array(offsets.length * 4);
    offsets.forEach((offset, i) => new DataView(table.buffer).setUint32(i * 4, offset, true));
    return {
      tag,
      vr: "OB",
      encapsulated: { offsetTable: table, fragments: element.fragments.map((f) => copy(bytes, f.position, f.length, tag, fileName)) },
    };
  }
  const vr = element.vr ?? IMPLICIT_VRS.get(tag) ?? "UN";
  const length = element.hadUndefinedLength ? 0 : element.length;
  return { tag, vr: explicit ? vr : (IMPLICIT_VRS.get(tag) ?? vr), value: copy(bytes, element.dataOffset, length, tag, fileName) };
}

function copy(bytes: Uint8Array, start: number, length: number, tag: number, fileName: string): Uint8Array {
  if (start < 0 || start + length > bytes.length) {
    throw new ImageInputError("CORRUPT_IMAGE", `${fileName}: DICOM element ${tagText(tag)} runs past the end of the file (truncated?)`);
  }
  return bytes.slice(start, start + length);
}

/** (0002,0010) from the file meta group (always explicit VR little endian), or undefined when unreadable. */
export function metaTransferSyntax(bytes: Uint8Array): string | undefined {
  if (bytes.length < 132 || Buffer.from(bytes.subarray(128, 132)).toString("latin1") !== "DICM") return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 132;
  while (offset + 8 <= bytes.length && view.getUint16(offset, true) === 0x0002) {
    const element = view.getUint16(offset + 2, true);
    const vr = Buffer.from(bytes.subarray(offset + 4, offset + 6)).toString("latin1");
    const long = ["OB", "OD", "OF", "OL", "OW", "SQ", "UC", "UN", "UR", "UT"].includes(vr);
    if (long && offset + 12 > bytes.length) return undefined;
    const length = long ? view.getUint32(offset + 8, true) : view.getUint16(offset + 6, true);
    const start = offset + (long ? 12 : 8);
    if (start + length > bytes.length) return undefined;
    if (element === 0x0010) return Buffer.from(bytes.subarray(start, start + length)).toString("latin1").replace(/[\0 ]+$/, "");
    offset = start + length;
  }
  return undefined;
}

function parserMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === "string" ? error : JSON.stringify(error);
  // dicom-parser throws strings prefixed with its function name, and sometimes an object { exception, dataSet }.
  const inner = (error as { exception?: unknown } | null)?.exception;
  const message = typeof inner === "string" ? inner : text;
  return message.replace(/^dicomParser\.[A-Za-z0-9_.]+:\s*/, "").slice(0, 200);
}
