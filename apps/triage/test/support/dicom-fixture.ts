// A DICOM chest X-ray built in code, full of identifying values, for the de-identification tests.
import { tagOf, textElement, uint16Element, type DicomElement } from "../../src/imaging/dicom-elements";
import { EXPLICIT_VR_LITTLE_ENDIAN, writePart10 } from "../../src/imaging/dicom-writer";

export const IDENTIFYING = {
  patientName: "DOE^JANE^MARIE",
  patientId: "MRN-4451-2287",
  birthDate: "19870412",
  address: "12 Harbour Street, Springfield",
  institution: "St Elsewhere General Hospital",
  institutionAddress: "1 Hospital Road, Springfield",
  referringPhysician: "HOUSE^GREGORY",
  operator: "SMITH^ALEX",
  accession: "ACC99887766",
  studyUid: "1.2.826.0.1.3680043.8.498.111111111111111",
  seriesUid: "1.2.826.0.1.3680043.8.498.222222222222222",
  sopInstanceUid: "1.2.826.0.1.3680043.8.498.333333333333333",
  frameOfReferenceUid: "1.2.826.0.1.3680043.8.498.444444444444444",
  studyDate: "20241103",
  telephone: "+44-20-7946-0958",
  otherId: "NHS-943-476-5919",
  comments: "Patient Jane Doe, bed 7, called back re: cough",
  privateValue: "PRIVATE-SECRET-ID-77",
  nestedName: "NESTED^PERSON^NAME",
  stationName: "XRAY-ROOM-3-STELSEWHERE",
} as const;

export const CR_SOP_CLASS = "1.2.840.10008.5.1.4.1.1.1"; // Computed Radiography Image Storage

export interface FixtureOptions {
  transferSyntaxUid?: string;
  width?: number;
  height?: number;
  /** 8 or 16 bits per pixel. */
  bits?: 8 | 16;
  photometric?: "MONOCHROME1" | "MONOCHROME2";
  burnedIn?: boolean;
  window?: { center: number; width: number };
  pixels?: Uint16Array | Uint8Array;
}

/** A gradient test image: value depends on x and y so orientation errors show. */
export function gradientPixels(width: number, height: number, bits: 8 | 16): Uint16Array | Uint8Array {
  const max = bits === 8 ? 255 : 4095;
  const out = bits === 8 ? new Uint8Array(width * height) : new Uint16Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) out[y * width + x] = Math.round((max * (x + 2 * y)) / (width - 1 + 2 * (height - 1)));
  return out;
}

export function fixtureElements(options: FixtureOptions = {}): DicomElement[] {
  const width = options.width ?? 64;
  const height = options.height ?? 48;
  const bits = options.bits ?? 16;
  const pixels = options.pixels ?? gradientPixels(width, height, bits);
  const s = (g: number, e: number, vr: string, v: string) => textElement(tagOf(g, e), vr, v);
  const elements: DicomElement[] = [
    s(0x0008, 0x0016, "UI", CR_SOP_CLASS),
    s(0x0008, 0x0018, "UI", IDENTIFYING.sopInstanceUid),
    s(0x0008, 0x0020, "DA", IDENTIFYING.studyDate),
    s(0x0008, 0x0030, "TM", "101500"),
    s(0x0008, 0x0050, "SH", IDENTIFYING.accession),
    s(0x0008, 0x0060, "CS", "CR"),
    s(0x0008, 0x0080, "LO", IDENTIFYING.institution),
    s(0x0008, 0x0081, "ST", IDENTIFYING.institutionAddress),
    s(0x0008, 0x0090, "PN", IDENTIFYING.referringPhysician),
    s(0x0008, 0x1010, "SH", IDENTIFYING.stationName),
    s(0x0008, 0x1070, "PN", IDENTIFYING.operator),
    s(0x0010, 0x0010, "PN", IDENTIFYING.patientName),
    s(0x0010, 0x0020, "LO", IDENTIFYING.patientId),
    s(0x0010, 0x0030, "DA", IDENTIFYING.birthDate),
    s(0x0010, 0x0040, "CS", "F"),
    s(0x0010, 0x1000, "LO", IDENTIFYING.otherId),
    s(0x0010, 0x1040, "LO", IDENTIFYING.address),
    s(0x0010, 0x2154, "SH", IDENTIFYING.telephone),
    s(0x0010, 0x4000, "LT", IDENTIFYING.comments),
    s(0x0018, 0x5101, "CS", "PA"),
    s(0x0020, 0x000d, "UI", IDENTIFYING.studyUid),
    s(0x0020, 0x000e, "UI", IDENTIFYING.seriesUid),
    s(0x0020, 0x0052, "UI", IDENTIFYING.frameOfReferenceUid),
    // A referenced study sequence holding a nested name and UID (removed whole by the profile).
    { tag: tagOf(0x0008, 0x1110), vr: "SQ", items: [[s(0x0008, 0x1150, "UI", "1.2.840.10008.3.1.2.3.1"), s(0x0008, 0x1155, "UI", IDENTIFYING.studyUid)]] },
    // A sequence the profile keeps, with a person name inside (removed by the PN rule).
    { tag: tagOf(0x0040, 0x0260), vr: "SQ", items: [[s(0x0008, 0x0100, "SH", "P5-0012"), s(0x0040, 0xa123, "PN", IDENTIFYING.nestedName)]] },
    // Private creator and private data.
    s(0x0029, 0x0010, "LO", "ACME CORP"),
    s(0x0029, 0x1001, "LO", IDENTIFYING.privateValue),
    uint16Element(tagOf(0x0028, 0x0002), 1),
    s(0x0028, 0x0004, "CS", options.photometric ?? "MONOCHROME2"),
    uint16Element(tagOf(0x0028, 0x0010), height),
    uint16Element(tagOf(0x0028, 0x0011), width),
    uint16Element(tagOf(0x0028, 0x0100), bits),
    uint16Element(tagOf(0x0028, 0x0101), bits === 8 ? 8 : 12),
    uint16Element(tagOf(0x0028, 0x0102), bits === 8 ? 7 : 11),
    uint16Element(tagOf(0x0028, 0x0103), 0),
    { tag: tagOf(0x7fe0, 0x0010), vr: bits === 8 ? "OB" : "OW", value: new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.byteLength) },
  ];
  if (options.window) elements.push(s(0x0028, 0x1050, "DS", String(options.window.center)), s(0x0028, 0x1051, "DS", String(options.window.width)));
  if (options.burnedIn) elements.push(s(0x0028, 0x0301, "CS", "YES"));
  return elements;
}

export function fixtureDicom(options: FixtureOptions = {}): Uint8Array {
  return writePart10(
    { sopClassUid: CR_SOP_CLASS, sopInstanceUid: IDENTIFYING.sopInstanceUid, transferSyntaxUid: options.transferSyntaxUid ?? EXPLICIT_VR_LITTLE_ENDIAN },
    fixtureElements(options),
  );
}

/** Every identifying string of the fixture, to search the output bytes for. */
export function identifyingStrings(): string[] {
  return [...Object.values(IDENTIFYING), "DOE", "JANE", "ACME CORP"];
}
