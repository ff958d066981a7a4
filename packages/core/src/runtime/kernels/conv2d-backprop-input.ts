// A faster Conv2DBackpropInput for the wasm backend when the forward stride is 1 (the common case in small
// CNNs). Then the input gradient is a plain "full" convolution of dy with the spatially flipped filter whose
// in/out channels are swapped, which XNNPACK computes several times faster than the stock wasm loop:
//   dx = conv2d(dy, transpose(reverse(W, [0, 1]), [0, 1, 3, 2]), stride 1, pad (f - 1 - forwardPad))
// Strided convolutions (and explicit pads wider than the filter) keep the stock kernel.
import * as tf from "@tensorflow/tfjs";
import {
  asShape4,
  callWasmKernel,
  disposeInfos,
  isChannelsLast,
  requireInput,
  type ExplicitPadding,
  type KernelArgs,
  type TensorInfo,
  wasmConv2d,
} from "./wasm-kernel-utils";

type PadAttr = "same" | "valid" | number | ExplicitPadding;
type RoundingAttr = "floor" | "round" | "ceil" | undefined;

/** Returns undefined when the fast path does not apply, so the caller uses the stock kernel. */
export function conv2dBackpropInputStride1Wasm({ inputs, backend, attrs = {} }: KernelArgs): TensorInfo | undefined {
  const kernel = "Conv2DBackpropInput (wasm)";
  const dy = requireInput(inputs, "dy", kernel);
  const filter = requireInput(inputs, "filter", kernel);
  if (!isChannelsLast(attrs.dataFormat)) return undefined;
  const info = tf.backend_util.computeConv2DInfo(
    asShape4(attrs.inputShape as number[], `${kernel} inputShape`),
    asShape4(filter.shape, `${kernel} filter`),
    attrs.strides as number | [number, number],
    1,
    attrs.pad as PadAttr,
    attrs.dimRoundingMode as RoundingAttr,
  );
  if (info.strideHeight !== 1 || info.strideWidth !== 1) return undefined;
  const { top, bottom, left, right } = info.padInfo;
  const pad: ExplicitPadding = [
    [0, 0],
    [info.filterHeight - 1 - top, info.filterHeight - 1 - bottom],
    [info.filterWidth - 1 - left, info.filterWidth - 1 - right],
    [0, 0],
  ];
  if (pad.some(([before, after]) => before < 0 || after < 0)) return undefined;

  const flipped = callWasmKernel("Reverse", backend, { x: filter }, { dims: [0, 1] });
  const swapped = callWasmKernel("Transpose", backend, { x: flipped }, { perm: [0, 1, 3, 2] });
  try {
    return wasmConv2d(backend, dy, swapped, { strides: [1, 1], dilations: [1, 1], pad }, info.inShape, kernel);
  } finally {
    disposeInfos(backend, flipped, swapped);
  }
}
