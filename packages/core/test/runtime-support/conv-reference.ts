// Float64 reference gradients of L = sum(conv2d(x, w) * g), written from the definition of a convolution,
// to check the tfjs/wasm kernels against something that shares none of their code (only the padding
// arithmetic, taken from tfjs so "same" means the same thing).
import * as tf from "@tensorflow/tfjs";

export interface ConvCase {
  x: number[]; // NHWC
  w: number[]; // [fH, fW, inC, outC]
  g: number[]; // upstream gradient, NHWC output shape
  xShape: [number, number, number, number];
  wShape: [number, number, number, number];
  strides: [number, number];
  dilations: [number, number];
  pad: "same" | "valid";
}

export function convInfo(c: Pick<ConvCase, "xShape" | "wShape" | "strides" | "dilations" | "pad">) {
  return tf.backend_util.computeConv2DInfo(c.xShape, c.wShape, c.strides, c.dilations, c.pad);
}

export function referenceConvGradients(c: ConvCase): { dx: Float64Array; dw: Float64Array } {
  const info = convInfo(c);
  const [B, H, W, C] = c.xShape;
  const [FH, FW, , O] = c.wShape;
  const { outHeight: OH, outWidth: OW } = info;
  const { top, left } = info.padInfo;
  const dx = new Float64Array(c.x.length);
  const dw = new Float64Array(c.w.length);
  for (let b = 0; b < B; b++)
    for (let i = 0; i < OH; i++)
      for (let j = 0; j < OW; j++)
        for (let di = 0; di < FH; di++) {
          const r = i * c.strides[0] + di * c.dilations[0] - top;
          if (r < 0 || r >= H) continue;
          for (let dj = 0; dj < FW; dj++) {
            const s = j * c.strides[1] + dj * c.dilations[1] - left;
            if (s < 0 || s >= W) continue;
            for (let ch = 0; ch < C; ch++) {
              const xi = ((b * H + r) * W + s) * C + ch;
              for (let o = 0; o < O; o++) {
                const gi = ((b * OH + i) * OW + j) * O + o;
                const wi = ((di * FW + dj) * C + ch) * O + o;
                dw[wi] = (dw[wi] as number) + (c.x[xi] as number) * (c.g[gi] as number);
                dx[xi] = (dx[xi] as number) + (c.w[wi] as number) * (c.g[gi] as number);
              }
            }
          }
        }
  return { dx, dw };
}

export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`length mismatch ${a.length} vs ${b.length}`);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs((a[i] as number) - (b[i] as number)));
  return worst;
}
