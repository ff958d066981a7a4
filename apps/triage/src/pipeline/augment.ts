// Augmentation for frontal chest radiographs, applied afresh every epoch on the [0, 1] model input.
// What varies between real acquisitions: patient position (small rotation, shift), field of view (zoom),
// exposure and processing (brightness, contrast). What does not: up/down orientation (so no vertical flips)
// and laterality. Horizontal flips are off by default: a mirrored chest puts the heart on the right
// (dextrocardia), an anatomy the model should not be taught is normal, and it destroys the laterality
// cues (L/R markers) radiologists rely on. Pneumonia itself can be on either side, so flips are an option.
import { createRng, type Rng } from "@verticals/core";
import { IMAGE_SIZE, PIXELS } from "./preprocess";

export interface AugmentOptions {
  /** Maximum rotation in degrees, either way. */
  rotationDegrees: number;
  /** Maximum shift as a fraction of the image side, each axis. */
  shift: number;
  /** Zoom factor range around 1 (0.1 = 0.9x to 1.1x). */
  zoom: number;
  /** Maximum additive brightness change, on the [0, 1] scale. */
  brightness: number;
  /** Contrast factor range around 1 (0.2 = 0.8x to 1.2x), about the image mean. */
  contrast: number;
  /** Probability of a left-right mirror (0 by default, see above). */
  horizontalFlip: number;
}

export const DEFAULT_AUGMENT: AugmentOptions = {
  rotationDegrees: 10,
  shift: 0.08,
  zoom: 0.1,
  brightness: 0.08,
  contrast: 0.15,
  horizontalFlip: 0,
};

/** A new array with every 784-value image in `input` randomly transformed (seeded). */
export function augmentBatch(input: Float32Array, seed: number, options: AugmentOptions = DEFAULT_AUGMENT): Float32Array {
  if (input.length % PIXELS !== 0) throw new RangeError(`augmentBatch: ${input.length} values are not whole ${IMAGE_SIZE}x${IMAGE_SIZE} images`);
  const rng = createRng(seed);
  const out = new Float32Array(input.length);
  for (let offset = 0; offset < input.length; offset += PIXELS) {
    augmentOne(input.subarray(offset, offset + PIXELS), out.subarray(offset, offset + PIXELS), rng, options);
  }
  return out;
}

function augmentOne(src: Float32Array, dst: Float32Array, rng: Rng, o: AugmentOptions): void {
  const angle = (rng.uniform(-o.rotationDegrees, o.rotationDegrees) * Math.PI) / 180;
  const zoom = rng.uniform(1 - o.zoom, 1 + o.zoom);
  const tx = rng.uniform(-o.shift, o.shift) * IMAGE_SIZE;
  const ty = rng.uniform(-o.shift, o.shift) * IMAGE_SIZE;
  const flip = o.horizontalFlip > 0 && rng.next() < o.horizontalFlip;
  const brightness = rng.uniform(-o.brightness, o.brightness);
  const contrast = rng.uniform(1 - o.contrast, 1 + o.contrast);

  // Inverse mapping: for each output pixel, where it comes from in the source (about the centre).
  const c = (IMAGE_SIZE - 1) / 2;
  const cos = Math.cos(angle) / zoom;
  const sin = Math.sin(angle) / zoom;
  let mean = 0;
  for (let y = 0; y < IMAGE_SIZE; y++) {
    for (let x = 0; x < IMAGE_SIZE; x++) {
      const dx = (flip ? IMAGE_SIZE - 1 - x : x) - c - tx;
      const dy = y - c - ty;
      const sx = cos * dx + sin * dy + c;
      const sy = -sin * dx + cos * dy + c;
      const v = sampleBilinear(src, sx, sy);
      dst[y * IMAGE_SIZE + x] = v;
      mean += v;
    }
  }
  mean /= PIXELS;
  for (let i = 0; i < PIXELS; i++) {
    const v = (dst[i]! - mean) * contrast + mean + brightness;
    dst[i] = v < 0 ? 0 : v > 1 ? 1 : v;
  }
}

/** Bilinear sample with edges replicated (the border of a radiograph continues, it does not turn black). */
function sampleBilinear(src: Float32Array, x: number, y: number): number {
  const max = IMAGE_SIZE - 1;
  const cx = x < 0 ? 0 : x > max ? max : x;
  const cy = y < 0 ? 0 : y > max ? max : y;
  const x0 = Math.floor(cx);
  const y0 = Math.floor(cy);
  const x1 = x0 < max ? x0 + 1 : max;
  const y1 = y0 < max ? y0 + 1 : max;
  const fx = cx - x0;
  const fy = cy - y0;
  const top = src[y0 * IMAGE_SIZE + x0]! * (1 - fx) + src[y0 * IMAGE_SIZE + x1]! * fx;
  const bottom = src[y1 * IMAGE_SIZE + x0]! * (1 - fx) + src[y1 * IMAGE_SIZE + x1]! * fx;
  return top * (1 - fy) + bottom * fy;
}
