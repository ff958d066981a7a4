// PNG and JPEG to greyscale with pure-JS decoders (pngjs, jpeg-js), plus the shared pixel helpers.
// Only decoded pixels leave this module: metadata chunks (PNG tEXt, JPEG EXIF) are never read or stored.
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import type { GreyImage } from "../pipeline/preprocess";
import { ImageInputError } from "./image-input-error";

/** Largest image accepted, in pixels (a 6000 x 6000 radiograph is 36 MP). */
export const MAX_PIXELS = 50_000_000;

export function decodePng(bytes: Uint8Array, fileName: string): GreyImage {
  const header = pngSize(bytes);
  if (header && header.width * header.height > MAX_PIXELS) {
    throw new ImageInputError("IMAGE_TOO_LARGE", `${fileName}: ${header.width}x${header.height} pixels is more than the ${MAX_PIXELS / 1e6} megapixels accepted`);
  }
  let png: PNG;
  try {
    png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    throw new ImageInputError("CORRUPT_IMAGE", `${fileName}: not a readable PNG (${(error as Error).message})`, { cause: error });
  }
  return rgbaToGrey(png.data, png.width, png.height);
}

export function decodeJpeg(bytes: Uint8Array, fileName: string): GreyImage {
  let decoded: { width: number; height: number; data: Uint8Array };
  try {
    decoded = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_PIXELS / 1e6, maxMemoryUsageInMB: 512 });
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    const code = /maxResolutionInMP|maxMemoryUsageInMB/.test(message) ? "IMAGE_TOO_LARGE" : "CORRUPT_IMAGE";
    throw new ImageInputError(code, `${fileName}: not a readable JPEG (${message})`, { cause: error });
  }
  if (decoded.width < 1 || decoded.height < 1) throw new ImageInputError("CORRUPT_IMAGE", `${fileName}: the JPEG has no pixels`);
  return rgbaToGrey(decoded.data, decoded.width, decoded.height);
}

/**
 * RGBA to grey with ITU-R BT.601 luma (PIL's convert("L"), as MedMNIST used); grey pixels (r = g = b) stay
 * exactly as they are. Transparency is composited over black.
 */
export function rgbaToGrey(rgba: ArrayLike<number>, width: number, height: number): GreyImage {
  const data = new Float64Array(width * height);
  for (let p = 0; p < data.length; p++) {
    const r = rgba[p * 4]!;
    const g = rgba[p * 4 + 1]!;
    const b = rgba[p * 4 + 2]!;
    const a = rgba[p * 4 + 3]!;
    const luma = r === g && g === b ? r : 0.299 * r + 0.587 * g + 0.114 * b;
    data[p] = a === 255 ? luma : (luma * a) / 255;
  }
  return { width, height, data };
}

/** Width and height from the IHDR chunk, read before decoding so that a huge image is refused cheaply. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
