// De-identifies a DICOM file before anything is stored: applies the PS3.15 Basic Application Level
// Confidentiality Profile table (dicom-dictionary.ts), removes private, overlay and curve groups, replaces
// every instance UID with a keyed pseudonym, records what was done (tag names, never values) and marks the
// result with Patient Identity Removed = YES and the profile's code (DCM 113100). Pixel data is kept as is,
// so a file whose pixels carry burned-in text is refused: this app does not clean pixels.
import { createHmac } from "node:crypto";
import { PROFILE, type DeidAction } from "./dicom-dictionary";
import { groupOf, tagOf, tagText, textElement, textValue, valueText, type DicomElement } from "./dicom-elements";
import { readDicom, type ParsedDicom } from "./dicom-reader";
import { writePart10 } from "./dicom-writer";
import { ImageInputError } from "./image-input-error";

export const DEID_METHOD = "Verticals triage: DICOM PS3.15 Basic Application Level Confidentiality Profile; private, overlay and curve groups removed; UIDs pseudonymised";
const DICOM_ROOT = "1.2.840.10008.";
const UID_LIKE = /^[0-9]+(\.[0-9]+){3,}$/;

export interface DeidChange {
  tag: string;
  name: string;
  action: "removed" | "emptied" | "uid-replaced" | "added";
}

export interface DeidReport {
  profile: "DICOM PS3.15 Basic Application Level Confidentiality Profile (DCM 113100)";
  changes: DeidChange[];
  counts: { removed: number; emptied: number; uidsReplaced: number; privateRemoved: number };
  transferSyntaxUid: string;
}

export interface DeidentifiedDicom {
  bytes: Uint8Array;
  report: DeidReport;
  /** The de-identified file parsed back (what pixel decoding reads). */
  parsed: ParsedDicom;
}

export interface DeidOptions {
  /** Key of the UID pseudonyms: the same UID maps to the same pseudonym under the same key. */
  uidKey: string;
}

export function deidentifyDicom(bytes: Uint8Array, fileName: string, options: DeidOptions): DeidentifiedDicom {
  const parsed = readDicom(bytes, fileName);
  const burned = find(parsed.elements, tagOf(0x0028, 0x0301));
  if (burned && "value" in burned && valueText(burned.value).toUpperCase() === "YES") {
    throw new ImageInputError(
      "CANNOT_DEIDENTIFY",
      `${fileName}: Burned In Annotation (0028,0301) is YES: identifying text may be part of the pixels, which this app does not clean; the file was not stored`,
    );
  }
  const changes: DeidChange[] = [];
  const counts = { removed: 0, emptied: 0, uidsReplaced: 0, privateRemoved: 0 };
  const pseudonym = (uid: string) => "2.25." + BigInt(`0x${createHmac("sha256", options.uidKey).update(uid).digest("hex").slice(0, 32)}`).toString();
  const note = (tag: number, name: string, action: DeidChange["action"]) => changes.push({ tag: tagText(tag), name, action });

  const transform = (elements: DicomElement[], path: string): DicomElement[] => {
    const out: DicomElement[] = [];
    for (const element of elements) {
      const group = groupOf(element.tag);
      const where = `${path}${PROFILE.get(element.tag)?.name ?? tagText(element.tag)}`;
      if (group === 0x0002) continue;
      if (group % 2 === 1) {
        counts.privateRemoved++;
        note(element.tag, `${path}private attribute`, "removed");
        continue;
      }
      if ((group & 0xff00) === 0x5000 || (group & 0xff00) === 0x6000 || group === 0x0012) {
        counts.removed++;
        note(element.tag, where, "removed");
        continue;
      }
      const entry = PROFILE.get(element.tag);
      const action: DeidAction | undefined = entry?.action ?? implicitRule(element);
      if (action === "X") {
        counts.removed++;
        note(element.tag, where, "removed");
        continue;
      }
      if (action === "Z") {
        const vr = entry?.vr ?? element.vr;
        out.push(vr === "SQ" ? { tag: element.tag, vr: "SQ", items: [] } : { tag: element.tag, vr, value: new Uint8Array(0) });
        counts.emptied++;
        note(element.tag, where, "emptied");
        continue;
      }
      if (action === "U" && "value" in element) {
        const values = valueText(element.value).split("\\");
        const replaced = values.map((uid) => (uid === "" || uid.startsWith(DICOM_ROOT) ? uid : pseudonym(uid.trim())));
        if (replaced.some((uid, i) => uid !== values[i])) {
          counts.uidsReplaced++;
          note(element.tag, where, "uid-replaced");
        }
        out.push({ tag: element.tag, vr: element.vr === "UN" ? "UI" : element.vr, value: textValue("UI", replaced.join("\\")) });
        continue;
      }
      if ("items" in element) {
        out.push({ tag: element.tag, vr: "SQ", items: element.items.map((item) => transform(item, `${where} > `)) });
        continue;
      }
      out.push(element);
    }
    return out;
  };

  const elements = transform(parsed.elements, "");
  const added: DicomElement[] = [
    textElement(tagOf(0x0012, 0x0062), "CS", "YES"),
    textElement(tagOf(0x0012, 0x0063), "LO", DEID_METHOD.slice(0, 64)),
    {
      tag: tagOf(0x0012, 0x0064),
      vr: "SQ",
      items: [
        [
          textElement(tagOf(0x0008, 0x0100), "SH", "113100"),
          textElement(tagOf(0x0008, 0x0102), "SH", "DCM"),
          textElement(tagOf(0x0008, 0x0104), "LO", "Basic Application Confidentiality Profile"),
        ],
      ],
    },
    textElement(tagOf(0x0028, 0x0303), "CS", "REMOVED"),
  ];
  for (const element of added) {
    const existing = elements.findIndex((e) => e.tag === element.tag);
    if (existing >= 0) elements.splice(existing, 1);
    elements.push(element);
  }
  note(tagOf(0x0012, 0x0062), "PatientIdentityRemoved", "added");
  note(tagOf(0x0012, 0x0064), "DeidentificationMethodCodeSequence", "added");

  const sopClass = find(elements, tagOf(0x0008, 0x0016));
  const sopInstance = find(elements, tagOf(0x0008, 0x0018));
  if (!sopClass || !("value" in sopClass) || !sopInstance || !("value" in sopInstance)) {
    throw new ImageInputError("CORRUPT_IMAGE", `${fileName}: not an image object: SOP Class UID (0008,0016) or SOP Instance UID (0008,0018) is missing`);
  }
  const output = writePart10(
    { sopClassUid: valueText(sopClass.value), sopInstanceUid: valueText(sopInstance.value), transferSyntaxUid: parsed.transferSyntaxUid },
    elements,
  );
  return {
    bytes: output,
    report: { profile: "DICOM PS3.15 Basic Application Level Confidentiality Profile (DCM 113100)", changes, counts, transferSyntaxUid: parsed.transferSyntaxUid },
    parsed: readDicom(output, `${fileName} (de-identified)`),
  };
}

/** Attributes outside the table: UIDs outside the DICOM root are pseudonymised, person names removed. */
function implicitRule(element: DicomElement): DeidAction | undefined {
  if (!("value" in element)) return undefined;
  if (element.vr === "PN") return "X";
  if (element.vr === "UI") return "U";
  if (element.vr === "UN" && element.value.length <= 64 && UID_LIKE.test(valueText(element.value)) && !valueText(element.value).startsWith(DICOM_ROOT)) return "U";
  return undefined;
}

function find(elements: DicomElement[], tag: number): DicomElement | undefined {
  return elements.find((e) => e.tag === tag);
}
