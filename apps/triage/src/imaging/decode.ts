// Any accepted upload to a greyscale image, by content (magic bytes), not by the name or the declared type.
// DICOM is de-identified first and only the de-identified file is decoded and kept.
import { deidentifyDicom, type DeidReport } from "./deidentify";
import { dicomToGrey } from "./dicom-pixels";
import { ImageInputError } from "./image-input-error";
import { decodeJpeg, decodePng } from "./raster";
import type { GreyImage } from "../pipeline/preprocess";

export type ImageFormat = "png" | "jpeg" | "dicom";

export const ACCEPTED_TYPES = "PNG, JPEG or DICOM (.dcm)";

export interface DecodedUpload {
  format: ImageFormat;
  image: GreyImage;
  /** The de-identified DICOM file (DICOM uploads only): what the store keeps instead of the original. */
  deidentifiedDicom?: Uint8Array;
  deidReport?: DeidReport;
}

export function sniffFormat(bytes: Uint8Array): ImageFormat | undefined {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return "png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (bytes.length >= 132 && bytes[128] === 0x44 && bytes[129] === 0x49 && bytes[130] === 0x43 && bytes[131] === 0x4d) return "dicom";
  return undefined;
}

export function decodeUpload(bytes: Uint8Array, fileName: string, options: { uidKey: string }): DecodedUpload {
  if (bytes.length === 0) throw new ImageInputError("EMPTY_FILE", `${fileName}: the file is empty`);
  const format = sniffFormat(bytes);
  switch (format) {
    case "png":
      return { format, image: decodePng(bytes, fileName) };
    case "jpeg":
      return { format, image: decodeJpeg(bytes, fileName) };
    case "dicom": {
      const deidentified = deidentifyDicom(bytes, fileName, options);
      const image = dicomToGrey(deidentified.parsed.dataSet, deidentified.parsed.transferSyntaxUid, fileName);
      return { format, image, deidentifiedDicom: deidentified.bytes, deidReport: deidentified.report };
    }
    default:
      throw new ImageInputError(
        "UNSUPPORTED_TYPE",
        `${fileName}: not a ${ACCEPTED_TYPES} file (the content starts with ${describeStart(bytes)}; a DICOM file needs the 128-byte preamble and "DICM")`,
      );
  }
}

function describeStart(bytes: Uint8Array): string {
  const head = Array.from(bytes.subarray(0, 8), (b) => b.toString(16).padStart(2, "0")).join(" ");
  return `bytes ${head}`;
}
