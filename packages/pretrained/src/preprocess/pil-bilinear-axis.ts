// Pillow's BILINEAR resampling weights for one axis (libImaging/Resample.c: precompute_coeffs and
// normalize_coeffs_8bpc), so the fast path gives the bytes Hugging Face's Python processors feed the model.

/** Fixed-point precision Pillow uses for 8-bit images. */
export const PRECISION_BITS = 32 - 8 - 2;
const ONE = 1 << PRECISION_BITS;

/** For each output pixel: first input pixel, tap count, and fixed-point weights at `k * taps`. */
export interface ResampleAxis {
  first: Int32Array;
  count: Int32Array;
  weights: Int32Array;
  taps: number;
}

function triangle(x: number): number {
  const a = Math.abs(x);
  return a < 1 ? 1 - a : 0;
}

/**
 * Weights mapping an axis of `inSize` pixels to `outSize`, for output pixels `outStart .. outStart+outCount-1`
 * only (the centre-crop window): cropping after a resize equals resizing just the kept pixels.
 */
export function bilinearAxis(inSize: number, outSize: number, outStart = 0, outCount = outSize): ResampleAxis {
  const scale = inSize / outSize;
  const filterScale = Math.max(scale, 1);
  const support = 1 * filterScale;
  const taps = Math.ceil(support) * 2 + 1;
  const first = new Int32Array(outCount);
  const count = new Int32Array(outCount);
  const weights = new Int32Array(outCount * taps);
  const raw = new Float64Array(taps);
  for (let o = 0; o < outCount; o++) {
    const center = (outStart + o + 0.5) * scale;
    // C casts truncate toward zero; Pillow then clamps to the image.
    const xmin = Math.max(Math.trunc(center - support + 0.5), 0);
    const xmax = Math.min(Math.trunc(center + support + 0.5), inSize) - xmin;
    let sum = 0;
    for (let x = 0; x < xmax; x++) {
      raw[x] = triangle((x + xmin - center + 0.5) / filterScale);
      sum += raw[x]!;
    }
    for (let x = 0; x < xmax; x++) {
      const w = sum !== 0 ? raw[x]! / sum : raw[x]!;
      weights[o * taps + x] = w < 0 ? Math.trunc(-0.5 + w * ONE) : Math.trunc(0.5 + w * ONE);
    }
    first[o] = xmin;
    count[o] = xmax;
  }
  return { first, count, weights, taps };
}

/** Pillow's clip8: a fixed-point sum (with the half added) back to a byte. */
export function clip8(sum: number): number {
  if (sum >= ONE * 256) return 255;
  if (sum <= 0) return 0;
  return sum >> PRECISION_BITS;
}

/** The rounding offset each sum starts from. */
export const HALF = 1 << (PRECISION_BITS - 1);
