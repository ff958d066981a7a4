// One preprocessing for training, evaluation and uploads, so the model always sees the same kind of tensor:
// greyscale -> centre square crop -> 28x28 (area average when shrinking, bilinear when enlarging) ->
// rounded to 8 bits (what MedMNIST stores) -> scaled to [0, 1]. A 28x28 8-bit image passes through unchanged,
// so an npz image saved as PNG and uploaded again gives the identical tensor.

export const IMAGE_SIZE = 28;
export const PIXELS = IMAGE_SIZE * IMAGE_SIZE;

/** A greyscale image with intensities 0-255 (floats allowed, e.g. after windowing a 16-bit DICOM). */
export interface GreyImage {
  width: number;
  height: number;
  data: ArrayLike<number>;
}

/** Model input as 8-bit pixels, exactly as stored (784 bytes per image). */
export function toModelPixels(image: GreyImage): Uint8Array {
  const { width, height, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`image size must be positive integers, got ${width}x${height}`);
  }
  if (data.length !== width * height) throw new RangeError(`image data has ${data.length} values, expected ${width}x${height} = ${width * height}`);
  const side = Math.min(width, height);
  const x0 = Math.floor((width - side) / 2);
  const y0 = Math.floor((height - side) / 2);
  const out = new Uint8Array(PIXELS);
  if (side === IMAGE_SIZE) {
    for (let y = 0; y < IMAGE_SIZE; y++) {
      for (let x = 0; x < IMAGE_SIZE; x++) out[y * IMAGE_SIZE + x] = toByte(data[(y0 + y) * width + x0 + x]!);
    }
    return out;
  }
  const resized = side > IMAGE_SIZE ? areaResize(data, width, x0, y0, side, IMAGE_SIZE) : bilinearResize(data, width, x0, y0, side, IMAGE_SIZE);
  for (let i = 0; i < PIXELS; i++) out[i] = toByte(resized[i]!);
  return out;
}

/** 8-bit pixels of `count` images (count x 784) to the model's float input, row-major. */
export function pixelsToInput(pixels: Uint8Array): Float32Array {
  if (pixels.length % PIXELS !== 0) throw new RangeError(`pixel buffer of ${pixels.length} bytes is not a whole number of ${IMAGE_SIZE}x${IMAGE_SIZE} images`);
  const out = new Float32Array(pixels.length);
  for (let i = 0; i < pixels.length; i++) out[i] = pixels[i]! / 255;
  return out;
}

/** The full path from any greyscale image to the model's [784] float input. */
export function preprocess(image: GreyImage): Float32Array {
  return pixelsToInput(toModelPixels(image));
}

function toByte(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`image holds a non-finite intensity (${value})`);
  return Math.min(255, Math.max(0, Math.round(value)));
}

/**
 * Box-filter (area-average) resampling of a square crop: every source pixel contributes by its overlap with the
 * output pixel. Separable (rows, then columns), so a 4000x4000 radiograph costs one pass over its pixels.
 */
function areaResize(data: ArrayLike<number>, stride: number, x0: number, y0: number, side: number, size: number): Float64Array {
  const scale = side / size;
  const { first, count, weights } = overlapTable(side, size, scale);
  // Horizontal pass: side rows x size columns.
  const rows = new Float64Array(side * size);
  for (let y = 0; y < side; y++) {
    const base = (y0 + y) * stride + x0;
    for (let o = 0; o < size; o++) {
      let sum = 0;
      const start = first[o]!;
      for (let k = 0; k < count[o]!; k++) sum += weights[o * MAX_SPAN + k]! * data[base + start + k]!;
      rows[y * size + o] = sum;
    }
  }
  // Vertical pass, then divide by the output pixel's area.
  const out = new Float64Array(size * size);
  const area = scale * scale;
  for (let o = 0; o < size; o++) {
    const start = first[o]!;
    for (let x = 0; x < size; x++) {
      let sum = 0;
      for (let k = 0; k < count[o]!; k++) sum += weights[o * MAX_SPAN + k]! * rows[(start + k) * size + x]!;
      out[o * size + x] = sum / area;
    }
  }
  return out;
}

// Longest run of source pixels one output pixel can overlap, for the flat weight table (10k px / 28 + 2).
const MAX_SPAN = 512;

/** For each output index: first source index, number of overlapped source pixels and their overlap weights. */
function overlapTable(side: number, size: number, scale: number): { first: Int32Array; count: Int32Array; weights: Float64Array } {
  if (Math.ceil(scale) + 1 > MAX_SPAN) throw new RangeError(`image side ${side} is too large to resample (at most ${(MAX_SPAN - 1) * size} px)`);
  const first = new Int32Array(size);
  const count = new Int32Array(size);
  const weights = new Float64Array(size * MAX_SPAN);
  for (let o = 0; o < size; o++) {
    const start = o * scale;
    const end = (o + 1) * scale;
    first[o] = Math.floor(start);
    let n = 0;
    for (let s = Math.floor(start); s < Math.ceil(end - 1e-9); s++) {
      const w = Math.min(end, s + 1) - Math.max(start, s);
      weights[o * MAX_SPAN + n] = w > 1e-12 ? w : 0;
      n++;
    }
    count[o] = n;
  }
  return { first, count, weights };
}

/** Bilinear enlargement of a small crop (pixel centres aligned, edges clamped). */
function bilinearResize(data: ArrayLike<number>, stride: number, x0: number, y0: number, side: number, size: number): Float64Array {
  const out = new Float64Array(size * size);
  const scale = side / size;
  const at = (x: number, y: number) => data[(y0 + y) * stride + x0 + x]!;
  for (let oy = 0; oy < size; oy++) {
    const sy = Math.min(side - 1, Math.max(0, (oy + 0.5) * scale - 0.5));
    const yA = Math.floor(sy);
    const yB = Math.min(side - 1, yA + 1);
    const fy = sy - yA;
    for (let ox = 0; ox < size; ox++) {
      const sx = Math.min(side - 1, Math.max(0, (ox + 0.5) * scale - 0.5));
      const xA = Math.floor(sx);
      const xB = Math.min(side - 1, xA + 1);
      const fx = sx - xA;
      const top = at(xA, yA) * (1 - fx) + at(xB, yA) * fx;
      const bottom = at(xA, yB) * (1 - fx) + at(xB, yB) * fx;
      out[oy * size + ox] = top * (1 - fy) + bottom * fy;
    }
  }
  return out;
}
