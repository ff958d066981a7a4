// MaxPoolGrad for the wasm backend. The stock one is the slowest kernel of a small CNN's training step
// (about as costly as all its convolutions); routing each output gradient to its window's maximum in a plain
// loop over the wasm heap is several times faster. Ties go to the first maximum in row-major window order,
// as on the cpu backend.
import * as tf from "@tensorflow/tfjs";
import { asShape4, requireInput, type ExplicitPadding, type KernelArgs, type TensorInfo } from "./wasm-kernel-utils";

export function maxPoolGradWasm({ inputs, backend, attrs = {} }: KernelArgs): TensorInfo {
  const kernel = "MaxPoolGrad (wasm)";
  const dy = requireInput(inputs, "dy", kernel);
  const input = requireInput(inputs, "input", kernel);
  const info = tf.backend_util.computePool2DInfo(
    asShape4(input.shape, `${kernel} input`),
    attrs.filterSize as number | [number, number],
    attrs.strides as number | [number, number],
    1,
    attrs.pad as "same" | "valid" | number | ExplicitPadding,
    attrs.dimRoundingMode as "floor" | "round" | "ceil" | undefined,
  );
  const { batchSize, inHeight, inWidth, inChannels: channels, outHeight, outWidth } = info;
  const { strideHeight, strideWidth, effectiveFilterHeight, effectiveFilterWidth, dilationHeight, dilationWidth } = info;
  const { top, left } = info.padInfo;

  // Allocate first: growing the wasm heap detaches earlier views of it.
  const dx = backend.makeOutput(input.shape, "float32");
  const dxv = backend.typedArrayFromHeap(dx);
  const xv = backend.typedArrayFromHeap(input);
  const dyv = backend.typedArrayFromHeap(dy);
  dxv.fill(0);
  const best = new Float64Array(channels);
  const bestAt = new Int32Array(channels);
  for (let b = 0; b < batchSize; b++) {
    for (let yr = 0; yr < outHeight; yr++) {
      for (let yc = 0; yc < outWidth; yc++) {
        best.fill(Number.NEGATIVE_INFINITY);
        bestAt.fill(-1);
        for (let wr = 0; wr < effectiveFilterHeight; wr += dilationHeight) {
          const xr = yr * strideHeight - top + wr;
          if (xr < 0 || xr >= inHeight) continue;
          for (let wc = 0; wc < effectiveFilterWidth; wc += dilationWidth) {
            const xc = yc * strideWidth - left + wc;
            if (xc < 0 || xc >= inWidth) continue;
            const base = ((b * inHeight + xr) * inWidth + xc) * channels;
            for (let c = 0; c < channels; c++) {
              const value = xv[base + c] as number;
              if (value > (best[c] as number)) {
                best[c] = value;
                bestAt[c] = base + c;
              }
            }
          }
        }
        const dyBase = ((b * outHeight + yr) * outWidth + yc) * channels;
        for (let c = 0; c < channels; c++) {
          const at = bestAt[c] as number;
          if (at >= 0) dxv[at] = (dxv[at] as number) + (dyv[dyBase + c] as number);
        }
      }
    }
  }
  return dx;
}
