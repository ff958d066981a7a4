// Depthwise convolution gradients for the wasm backend (both missing there), so separable/depthwise CNNs
// can train on wasm. Each output channel d2 = c * multiplier + m reads only input channel c, so the work is
// small; plain loops over the wasm heap, scattered over output positions, are fast enough and easy to check.
import * as tf from "@tensorflow/tfjs";
import { asShape4, isChannelsLast, requireInput, type ExplicitPadding, type KernelArgs, type TensorInfo } from "./wasm-kernel-utils";

type PadAttr = "same" | "valid" | number | ExplicitPadding;
type RoundingAttr = "floor" | "round" | "ceil" | undefined;

function depthwiseInfo(kernel: string, inShape: number[], filterShape: number[], attrs: tf.NamedAttrMap) {
  if (!isChannelsLast(attrs.dataFormat)) throw new Error(`${kernel}: only NHWC is supported`);
  return tf.backend_util.computeConv2DInfo(
    asShape4(inShape, `${kernel} input`),
    asShape4(filterShape, `${kernel} filter`),
    attrs.strides as number | [number, number],
    (attrs.dilations as number | [number, number] | undefined) ?? 1,
    attrs.pad as PadAttr,
    attrs.dimRoundingMode as RoundingAttr,
    true,
  );
}

/** Visits every (output position, filter tap) pair that reads a real (unpadded) input pixel. */
function forEachTap(
  info: tf.backend_util.Conv2DInfo,
  visit: (xOffset: number, dyOffset: number, wOffset: number) => void,
): void {
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels } = info;
  const { filterHeight, filterWidth, strideHeight, strideWidth, dilationHeight, dilationWidth } = info;
  const { top, left } = info.padInfo;
  for (let b = 0; b < batchSize; b++) {
    for (let yr = 0; yr < outHeight; yr++) {
      for (let yc = 0; yc < outWidth; yc++) {
        const dyOffset = ((b * outHeight + yr) * outWidth + yc) * outChannels;
        for (let wr = 0; wr < filterHeight; wr++) {
          const xr = yr * strideHeight + wr * dilationHeight - top;
          if (xr < 0 || xr >= inHeight) continue;
          for (let wc = 0; wc < filterWidth; wc++) {
            const xc = yc * strideWidth + wc * dilationWidth - left;
            if (xc < 0 || xc >= inWidth) continue;
            visit(((b * inHeight + xr) * inWidth + xc) * inChannels, dyOffset, (wr * filterWidth + wc) * outChannels);
          }
        }
      }
    }
  }
}

export function depthwiseConv2dBackpropFilterWasm({ inputs, backend, attrs = {} }: KernelArgs): TensorInfo {
  const kernel = "DepthwiseConv2dNativeBackpropFilter (wasm)";
  const x = requireInput(inputs, "x", kernel);
  const dy = requireInput(inputs, "dy", kernel);
  const info = depthwiseInfo(kernel, x.shape, attrs.filterShape as number[], attrs);
  const { outChannels, inChannels } = info;
  const channelMul = outChannels / inChannels;
  const sums = new Float64Array(tf.util.sizeFromShape(attrs.filterShape as number[]));
  const xv = backend.typedArrayFromHeap(x);
  const dyv = backend.typedArrayFromHeap(dy);
  forEachTap(info, (xOffset, dyOffset, wOffset) => {
    for (let d2 = 0; d2 < outChannels; d2++) {
      const k = wOffset + d2;
      sums[k] = (sums[k] as number) + (xv[xOffset + Math.floor(d2 / channelMul)] as number) * (dyv[dyOffset + d2] as number);
    }
  });
  const out = backend.makeOutput(attrs.filterShape as number[], "float32");
  backend.typedArrayFromHeap(out).set(sums);
  return out;
}

export function depthwiseConv2dBackpropInputWasm({ inputs, backend, attrs = {} }: KernelArgs): TensorInfo {
  const kernel = "DepthwiseConv2dNativeBackpropInput (wasm)";
  const dy = requireInput(inputs, "dy", kernel);
  const filter = requireInput(inputs, "filter", kernel);
  const inputShape = attrs.inputShape as number[];
  const info = depthwiseInfo(kernel, inputShape, filter.shape, attrs);
  const { outChannels, inChannels } = info;
  const channelMul = outChannels / inChannels;
  const sums = new Float64Array(tf.util.sizeFromShape(inputShape));
  const dyv = backend.typedArrayFromHeap(dy);
  const wv = backend.typedArrayFromHeap(filter);
  forEachTap(info, (xOffset, dyOffset, wOffset) => {
    for (let d2 = 0; d2 < outChannels; d2++) {
      const k = xOffset + Math.floor(d2 / channelMul);
      sums[k] = (sums[k] as number) + (dyv[dyOffset + d2] as number) * (wv[wOffset + d2] as number);
    }
  });
  const out = backend.makeOutput(inputShape, "float32");
  backend.typedArrayFromHeap(out).set(sums);
  return out;
}
