import { describe, expect, it } from "@jest/globals";
import { dicomParser } from "../src/imaging/dicom-parser-module";

const { parseDicom } = dicomParser;
import jpeg from "jpeg-js";
import { decodeUpload } from "../src/imaging/decode";
import { deidentifyDicom } from "../src/imaging/deidentify";
import { PROFILE } from "../src/imaging/dicom-dictionary";
import { tagOf, textElement, uint16Element } from "../src/imaging/dicom-elements";
import { IMPLICIT_VR_LITTLE_ENDIAN, JPEG_BASELINE, writePart10 } from "../src/imaging/dicom-writer";
import { ImageInputError } from "../src/imaging/image-input-error";
import { CR_SOP_CLASS, IDENTIFYING, fixtureDicom, gradientPixels, identifyingStrings } from "./support/dicom-fixture";

const KEY = { uidKey: "test-key-0123456789abcdef" };
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

describe.each([
  ["explicit VR little endian", undefined],
  ["implicit VR little endian", IMPLICIT_VR_LITTLE_ENDIAN],
])("DICOM de-identification (%s)", (_name, transferSyntaxUid) => {
  const original = fixtureDicom({ transferSyntaxUid });
  const result = deidentifyDicom(original, "fixture.dcm", KEY);
  const out = parseDicom(result.bytes);

  it("the fixture really carries the identifying values (so the test can fail)", () => {
    const text = latin1(original);
    for (const value of identifyingStrings()) expect(text).toContain(value);
  });

  it("leaves none of the identifying values anywhere in the output bytes", () => {
    const text = latin1(result.bytes);
    for (const value of identifyingStrings()) expect(text).not.toContain(value);
  });

  it("empties Type 2 identifiers and removes the rest, as the profile says", () => {
    for (const tag of ["x00100010", "x00100020", "x00100030", "x00080050", "x00080090", "x00080020"]) {
      expect(out.elements[tag]).toBeDefined();
      expect(out.elements[tag]!.length).toBe(0);
    }
    for (const tag of ["x00080080", "x00080081", "x00081010", "x00081070", "x00101000", "x00101040", "x00102154", "x00104000", "x00081110"]) {
      expect(out.elements[tag]).toBeUndefined();
    }
  });

  it("removes every private attribute, and person names nested in kept sequences", () => {
    expect(Object.keys(out.elements).filter((key) => Number.parseInt(key.slice(1, 5), 16) % 2 === 1)).toEqual([]);
    const kept = out.elements.x00400260?.items?.[0]?.dataSet;
    expect(kept?.string("x00080100")).toBe("P5-0012");
    expect(kept?.elements.x0040a123).toBeUndefined();
  });

  it("replaces instance UIDs with consistent pseudonyms and keeps the SOP class", () => {
    const study = out.string("x0020000d")!;
    const sop = out.string("x00080018")!;
    expect(study).toMatch(/^2\.25\.\d+$/);
    expect(sop).toMatch(/^2\.25\.\d+$/);
    expect(study.length).toBeLessThanOrEqual(64);
    expect(study).not.toBe(sop);
    expect(out.string("x00020003")).toBe(sop); // file meta agrees with the data set
    expect(out.string("x00080016")).toBe(CR_SOP_CLASS);
    const again = parseDicom(deidentifyDicom(original, "fixture.dcm", KEY).bytes);
    expect(again.string("x0020000d")).toBe(study);
    const otherKey = parseDicom(deidentifyDicom(original, "fixture.dcm", { uidKey: "another-key-0123456789" }).bytes);
    expect(otherKey.string("x0020000d")).not.toBe(study);
  });

  it("marks the file as de-identified with the profile's code", () => {
    expect(out.string("x00120062")).toBe("YES");
    const code = out.elements.x00120064?.items?.[0]?.dataSet;
    expect(code?.string("x00080100")).toBe("113100");
    expect(code?.string("x00080102")).toBe("DCM");
    expect(result.report.counts.privateRemoved).toBe(2);
    expect(result.report.changes.some((c) => c.name === "PatientName" && c.action === "emptied")).toBe(true);
    expect(JSON.stringify(result.report)).not.toContain(IDENTIFYING.patientName);
  });

  it("keeps the image: pixels, geometry and view position unchanged", () => {
    expect(out.uint16("x00280010")).toBe(48);
    expect(out.uint16("x00280011")).toBe(64);
    expect(out.string("x00185101")).toBe("PA");
    const pixels = out.elements.x7fe00010!;
    const before = parseDicom(original).elements.x7fe00010!;
    expect(Buffer.from(result.bytes.subarray(pixels.dataOffset, pixels.dataOffset + pixels.length))).toEqual(
      Buffer.from(original.subarray(before.dataOffset, before.dataOffset + before.length)),
    );
  });
});

describe("DICOM de-identification: refusals and compressed pixels", () => {
  it("refuses files that declare burned-in annotations (422)", () => {
    const file = fixtureDicom({ burnedIn: true });
    expect(() => deidentifyDicom(file, "burned.dcm", KEY)).toThrow(ImageInputError);
    try {
      deidentifyDicom(file, "burned.dcm", KEY);
    } catch (error) {
      expect((error as ImageInputError).status).toBe(422);
      expect((error as Error).message).toMatch(/burned.dcm: Burned In Annotation/);
    }
  });

  it("keeps JPEG Baseline fragments intact and still decodes them", () => {
    const width = 40;
    const height = 40;
    const grey = gradientPixels(width, height, 8);
    const rgba = new Uint8Array(width * height * 4);
    grey.forEach((v, i) => rgba.set([v, v, v, 255], i * 4));
    const encoded = jpeg.encode({ data: rgba, width, height }, 95).data;
    const t = (g: number, e: number, vr: string, v: string) => textElement(tagOf(g, e), vr, v);
    const file = writePart10({ sopClassUid: CR_SOP_CLASS, sopInstanceUid: IDENTIFYING.sopInstanceUid, transferSyntaxUid: JPEG_BASELINE }, [
      t(0x0008, 0x0016, "UI", CR_SOP_CLASS),
      t(0x0008, 0x0018, "UI", IDENTIFYING.sopInstanceUid),
      t(0x0010, 0x0010, "PN", IDENTIFYING.patientName),
      uint16Element(tagOf(0x0028, 0x0002), 1),
      t(0x0028, 0x0004, "CS", "MONOCHROME2"),
      uint16Element(tagOf(0x0028, 0x0010), height),
      uint16Element(tagOf(0x0028, 0x0011), width),
      uint16Element(tagOf(0x0028, 0x0100), 8),
      { tag: tagOf(0x7fe0, 0x0010), vr: "OB", encapsulated: { offsetTable: new Uint8Array(0), fragments: [new Uint8Array(encoded.length % 2 ? [...encoded, 0] : encoded)] } },
    ]);
    const decoded = decodeUpload(file, "jpeg.dcm", KEY);
    expect(latin1(decoded.deidentifiedDicom!)).not.toContain("DOE^JANE");
    expect(decoded.image.width).toBe(width);
    let maxError = 0;
    for (let i = 0; i < grey.length; i++) maxError = Math.max(maxError, Math.abs((decoded.image.data[i] as number) - grey[i]!));
    expect(maxError).toBeLessThan(12); // JPEG is lossy
  });

  it("covers the profile's core identifiers", () => {
    const names = new Set([...PROFILE.values()].map((entry) => entry.name));
    for (const name of ["PatientName", "PatientID", "PatientBirthDate", "PatientAddress", "InstitutionName", "InstitutionAddress", "ReferringPhysicianName", "OtherPatientIDs", "StudyInstanceUID", "SOPInstanceUID", "AccessionNumber"]) {
      expect(names.has(name)).toBe(true);
    }
  });
});
