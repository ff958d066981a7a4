// Where the model looked. Default: Grad-CAM (Selvaraju et al., 2017) on the last convolution block: the 7x7
// feature maps weighted by the mean gradient of the pneumonia logit, rectified. It answers "which regions raised
// the pneumonia score", so a confidently normal film can show no heat at all. Integrated gradients (core's
// implementation, black-image baseline) gives a pixel-level 28x28 alternative. Both are scaled to [0, 1] per image.
import { integratedGradients, tf } from "@verticals/core";
import { CAM_LAYER } from "./model";
import { IMAGE_SIZE, PIXELS } from "./preprocess";

export type SaliencyMethod = "grad-cam" | "integrated-gradients";

export interface Heatmap {
  method: SaliencyMethod;
  width: number;
  height: number;
  /** Row-major heat in [0, 1]; all zeros when nothing raised the score. */
  data: Float32Array;
}

export function explain(model: tf.LayersModel, input: Float32Array, method: SaliencyMethod = "grad-cam"): Heatmap[] {
  return method === "grad-cam" ? gradCam(model, input) : integratedGradientMaps(model, input);
}

/** Grad-CAM maps for `count` images given as [count * 784] model inputs. */
export function gradCam(model: tf.LayersModel, input: Float32Array): Heatmap[] {
  const count = checkInput(input);
  const layers = model.layers;
  const split = layers.findIndex((layer) => layer.name === CAM_LAYER);
  if (split < 0) throw new Error(`gradCam: the model has no layer named "${CAM_LAYER}"`);
  const head = (features: tf.Tensor): tf.Tensor => layers.slice(split + 1).reduce((t, layer) => layer.apply(t) as tf.Tensor, features);
  const { maps, height, width } = tf.tidy(() => {
    const x = tf.tensor4d(input, [count, IMAGE_SIZE, IMAGE_SIZE, 1]);
    const features = layers.slice(0, split + 1).reduce((t, layer) => layer.apply(t) as tf.Tensor, x as tf.Tensor) as tf.Tensor4D;
    const gradients = tf.grad((a: tf.Tensor) => head(a).sum())(features) as tf.Tensor4D;
    const weights = gradients.mean([1, 2], true); // [n, 1, 1, channels]
    const cam = tf.relu(features.mul(weights).sum(3)) as tf.Tensor3D; // [n, h, w]
    return { maps: cam, height: cam.shape[1], width: cam.shape[2] };
  });
  const values = maps.dataSync() as Float32Array;
  maps.dispose();
  const cell = height * width;
  return Array.from({ length: count }, (_, i) => ({
    method: "grad-cam" as const,
    width,
    height,
    data: normaliseHeat(values.slice(i * cell, (i + 1) * cell)),
  }));
}

/** Positive integrated-gradients attributions per pixel (towards pneumonia), 28x28. */
export function integratedGradientMaps(model: tf.LayersModel, input: Float32Array, steps = 32): Heatmap[] {
  const count = checkInput(input);
  const f = (x: tf.Tensor2D) => model.apply(x.reshape([-1, IMAGE_SIZE, IMAGE_SIZE, 1])) as tf.Tensor;
  const rows = tf.tensor2d(input, [count, PIXELS]);
  try {
    const { attributions } = integratedGradients(f, rows, new Array<number>(PIXELS).fill(0), { steps });
    return attributions.map((row) => ({
      method: "integrated-gradients" as const,
      width: IMAGE_SIZE,
      height: IMAGE_SIZE,
      data: normaliseHeat(Float32Array.from(row, (v) => Math.max(0, v))),
    }));
  } finally {
    rows.dispose();
  }
}

/** Scales non-negative heat to [0, 1] by its maximum; a map with no positive value stays all zeros. */
export function normaliseHeat(values: Float32Array): Float32Array {
  let max = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) throw new Error("heatmap holds a non-finite value");
    if (v > max) max = v;
  }
  const out = new Float32Array(values.length);
  if (max <= 1e-12) return out;
  for (let i = 0; i < values.length; i++) out[i] = Math.max(0, values[i]!) / max;
  return out;
}

function checkInput(input: Float32Array): number {
  if (input.length === 0 || input.length % PIXELS !== 0) throw new RangeError(`expected whole ${IMAGE_SIZE}x${IMAGE_SIZE} images, got ${input.length} values`);
  return input.length / PIXELS;
}
