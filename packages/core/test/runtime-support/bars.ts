// A small, seeded image task for CNN tests: 28x28 images holding one noisy bar, horizontal (class 0) or
// vertical (class 1), at a random place. A CNN learns it in a few epochs; a broken gradient does not.
import * as tf from "@tensorflow/tfjs";
import { createRng } from "../../src/runtime/random/rng";

export function barImages(count: number, seed: number): { x: tf.Tensor4D; y: tf.Tensor2D; labels: number[] } {
  const rng = createRng(seed);
  const size = 28;
  const pixels = new Float32Array(count * size * size);
  const labels: number[] = [];
  for (let n = 0; n < count; n++) {
    const vertical = rng.next() < 0.5;
    labels.push(vertical ? 1 : 0);
    const at = 3 + rng.int(size - 8);
    const from = rng.int(10);
    const length = 12 + rng.int(size - 12 - from);
    for (let i = 0; i < size * size; i++) pixels[n * size * size + i] = 0.3 * rng.normal();
    for (let t = from; t < from + length; t++) {
      for (let w = 0; w < 3; w++) {
        const [row, col] = vertical ? [t, at + w] : [at + w, t];
        pixels[n * size * size + row * size + col] = (pixels[n * size * size + row * size + col] as number) + 1;
      }
    }
  }
  return { x: tf.tensor4d(pixels, [count, size, size, 1]), y: tf.oneHot(tf.tensor1d(labels, "int32"), 2).toFloat() as tf.Tensor2D, labels };
}
