// First frame of a DICOM image as 0-255 greyscale: native (uncompressed) 8/16-bit pixels or JPEG Baseline,
// with Modality LUT (rescale slope/intercept), the first VOI window when present (else the image's own
// range), and MONOCHROME1 inverted so that bone is always bright, as in the training images.
import { dicomParser, type DataSet } from "./dicom-parser-module";
import jpeg from "jpeg-js";
import type { GreyImage } from "../pipeline/preprocess";
import { EXPLICIT_VR_LITTLE_ENDIAN, IMPLICIT_VR_LITTLE_ENDIAN, JPEG_BASELINE } from "./dicom-writer";
import { ImageInputError } from "./image-input-error";
import { rgbaToGrey, MAX_PIXELS } from "./raster";

const NATIVE = new Set([IMPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_LITTLE_ENDIAN]);

export function dicomToGrey(dataSet: DataSet, transferSyntaxUid: string, fileName: string): GreyImage {
  const fail = (message: string): never => {
    throw new ImageInputError("CORRUPT_IMAGE", `${fileName}: ${message}`);
  };
  const rows = dataSet.uint16("x00280010") ?? fail("Rows (0028,0010) is missing: not an image");
  const columns = dataSet.uint16("x00280011") ?? fail("Columns (0028,0011) is missing: not an image");
  if (rows < 1 || columns < 1) fail(`image size ${columns}x${rows} is empty`);
  if (rows * columns > MAX_PIXELS) {
    throw new ImageInputError("IMAGE_TOO_LARGE", `${fileName}: ${columns}x${rows} pixels is more than the ${MAX_PIXELS / 1e6} megapixels accepted`);
  }
  const samples = dataSet.uint16("x00280002") ?? 1;
  const photometric = (dataSet.string("x00280004") ?? "MONOCHROME2").trim().toUpperCase();
  const pixelElement = dataSet.elements.x7fe00010 ?? fail("Pixel Data (7FE0,0010) is missing: not an image");

  if (transferSyntaxUid === JPEG_BASELINE) {
    let frame: Uint8Array;
    let decoded: { width: number; height: number; data: Uint8Array };
    try {
      frame = dicomParser.readEncapsulatedPixelDataFromFragments(dataSet, pixelElement, 0, pixelElement.fragments?.length ?? 1) as Uint8Array;
      decoded = jpeg.decode(frame, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_PIXELS / 1e6, maxMemoryUsageInMB: 512 });
    } catch (error) {
      throw new ImageInputError("CORRUPT_IMAGE", `${fileName}: the JPEG Baseline pixel data could not be decoded (${(error as Error).message ?? error})`, { cause: error });
    }
    const grey = rgbaToGrey(decoded.data, decoded.width, decoded.height);
    return photometric === "MONOCHROME1" ? invert(grey) : grey;
  }
  if (!NATIVE.has(transferSyntaxUid)) {
    throw new ImageInputError(
      "UNSUPPORTED_DICOM",
      `${fileName}: pixel data in transfer syntax ${transferSyntaxUid} cannot be decoded here; send uncompressed (Explicit/Implicit VR Little Endian) or JPEG Baseline (1.2.840.10008.1.2.4.50)`,
    );
  }
  const bitsAllocated = dataSet.uint16("x00280100") ?? fail("Bits Allocated (0028,0100) is missing");
  const signed = (dataSet.uint16("x00280103") ?? 0) === 1;
  const planar = dataSet.uint16("x00280006") ?? 0;
  if (bitsAllocated !== 8 && bitsAllocated !== 16) {
    throw new ImageInputError("UNSUPPORTED_DICOM", `${fileName}: Bits Allocated ${bitsAllocated} is not supported (8 or 16)`);
  }
  if (samples !== 1 && !(samples === 3 && photometric === "RGB")) {
    throw new ImageInputError("UNSUPPORTED_DICOM", `${fileName}: ${samples} samples per pixel with photometric interpretation ${photometric} is not supported (MONOCHROME1/2 or RGB)`);
  }
  const count = rows * columns * samples;
  const bytesNeeded = count * (bitsAllocated / 8);
  if (pixelElement.length < bytesNeeded || pixelElement.dataOffset + bytesNeeded > dataSet.byteArray.length) {
    fail(`Pixel Data holds ${Math.min(pixelElement.length, dataSet.byteArray.length - pixelElement.dataOffset)} bytes, ${bytesNeeded} are needed for ${columns}x${rows} (truncated?)`);
  }
  const view = new DataView(dataSet.byteArray.buffer, dataSet.byteArray.byteOffset + pixelElement.dataOffset, bytesNeeded);
  const raw = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    raw[i] = bitsAllocated === 8 ? view.getUint8(i) : signed ? view.getInt16(i * 2, true) : view.getUint16(i * 2, true);
  }
  if (samples === 3) {
    const rgba = new Uint8Array(rows * columns * 4);
    for (let p = 0; p < rows * columns; p++) {
      for (let c = 0; c < 3; c++) rgba[p * 4 + c] = planar === 1 ? raw[c * rows * columns + p]! : raw[p * 3 + c]!;
      rgba[p * 4 + 3] = 255;
    }
    return rgbaToGrey(rgba, columns, rows);
  }
  const slope = dataSet.floatString("x00281053") ?? 1;
  const intercept = dataSet.floatString("x00281052") ?? 0;
  for (let i = 0; i < count; i++) raw[i] = raw[i]! * slope + intercept;
  const center = dataSet.floatString("x00281050");
  const width = dataSet.floatString("x00281051");
  const grey = center !== undefined && width !== undefined && width >= 1 ? applyWindow(raw, center, width) : stretch(raw);
  const image = { width: columns, height: rows, data: grey };
  return photometric === "MONOCHROME1" ? invert(image) : image;
}

/** PS3.3 C.11.2.1.2.1 linear VOI function onto 0-255. */
function applyWindow(values: Float64Array, center: number, width: number): Float64Array {
  const out = new Float64Array(values.length);
  const low = center - 0.5 - (width - 1) / 2;
  const high = center - 0.5 + (width - 1) / 2;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    out[i] = x <= low ? 0 : x > high ? 255 : ((x - (center - 0.5)) / (width - 1) + 0.5) * 255;
  }
  return out;
}

function stretch(values: Float64Array): Float64Array {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const out = new Float64Array(values.length);
  if (hi <= lo) return out;
  for (let i = 0; i < values.length; i++) out[i] = ((values[i]! - lo) / (hi - lo)) * 255;
  return out;
}

function invert(image: GreyImage): GreyImage {
  return { width: image.width, height: image.height, data: Float64Array.from(image.data as ArrayLike<number>, (v) => 255 - v) };
}
