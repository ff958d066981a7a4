import { PretrainedError } from "../errors/pretrained-error";

/**
 * Raw 8-bit pixels, row-major: grey (1 channel, the PneumoniaMNIST case) or interleaved RGB (3 channels).
 * `data` may be a view into a larger buffer (e.g. one image of a MedMNIST split).
 */
export interface PixelImage {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
  /** 1 (default) or 3. */
  channels?: 1 | 3;
}

/** Throws "bad-input" naming the image's position and what its size should be. */
export function checkPixelImage(image: PixelImage, index: number): 1 | 3 {
  const channels = image.channels ?? 1;
  const { width, height } = image;
  const where = `image ${index}`;
  if (channels !== 1 && channels !== 3) {
    throw new PretrainedError("bad-input", `${where}: expected channels 1 (grey) or 3 (RGB), got ${String(channels)}`);
  }
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new PretrainedError("bad-input", `${where}: expected a positive whole width and height, got ${width}x${height}`);
  }
  const expected = width * height * channels;
  if (!image.data || image.data.length !== expected) {
    throw new PretrainedError(
      "bad-input",
      `${where}: expected ${expected} bytes (${width}x${height}x${channels}), got ${image.data ? image.data.length : "no data"}`,
    );
  }
  return channels;
}

/** The images of a MedMNIST-style split as views (no copy): `{ images, count, height, width, channels }`. */
export function splitImages(split: { images: Uint8Array; count: number; height: number; width: number; channels: number }): PixelImage[] {
  const { count, height, width } = split;
  const channels = split.channels === 3 ? 3 : 1;
  const size = height * width * channels;
  if (split.images.length !== count * size) {
    throw new PretrainedError(
      "bad-input",
      `split: expected ${count} x ${width}x${height}x${channels} = ${count * size} bytes of images, got ${split.images.length}`,
    );
  }
  return Array.from({ length: count }, (_, i) => ({
    width,
    height,
    channels,
    data: split.images.subarray(i * size, (i + 1) * size),
  }));
}
